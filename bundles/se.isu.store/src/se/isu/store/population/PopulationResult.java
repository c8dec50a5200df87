package se.isu.store.population;

/**
 * What storing population figures did.
 *
 * @param created   figures the store did not have
 * @param updated   figures that replaced another number for the same area, year and age band
 * @param unchanged figures the store already had with the same number
 */
public record PopulationResult(int created, int updated, int unchanged) {
}

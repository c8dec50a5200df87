package se.isu.store;

/**
 * How many cases a municipality has for one year of closing and one form version.
 *
 * @param year the year of the closing date, or null for cases without one
 */
public record CaseCount(String municipality, Integer year, String formId, String formVersion, int count) {
}

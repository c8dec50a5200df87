package se.isu.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import se.isu.store.population.AgeBand;
import se.isu.store.population.PopulationFigure;

/**
 * How many people of an age band live in each municipality each year (the store's population figures,
 * whole municipalities only), so that analyses can give rates per 1,000 children. Aggregate figures,
 * not persons: nothing here is masked.
 */
public final class Populations {

    private static final Populations NONE = new Populations(Map.of());

    private final Map<String, Integer> persons;

    private Populations(Map<String, Integer> persons) {
        this.persons = Map.copyOf(persons);
    }

    /** No figures: every rate is missing. */
    public static Populations none() {
        return NONE;
    }

    /** The municipalities' totals among {@code figures}; district figures are left out. */
    public static Populations of(Collection<PopulationFigure> figures) {
        Map<String, Integer> persons = new HashMap<>();
        for (PopulationFigure figure : figures) {
            if (!figure.isDistrict()) {
                persons.put(key(figure.municipality(), figure.year(), figure.ageBand()), figure.persons());
            }
        }
        return new Populations(persons);
    }

    /** The persons of {@code ageBand} (e.g. "0-20", "0–20 år") in {@code municipality} in {@code year}. */
    public OptionalInt persons(String municipality, int year, String ageBand) {
        Integer found = persons.get(key(municipality, year, ageBand));
        return found == null ? OptionalInt.empty() : OptionalInt.of(found);
    }

    public boolean isEmpty() {
        return persons.isEmpty();
    }

    private static String key(String municipality, int year, String ageBand) {
        String band = AgeBand.parse(ageBand);
        return municipality.strip().toLowerCase(Locale.ROOT) + "|" + year + "|" + (band != null ? band : ageBand.strip());
    }
}

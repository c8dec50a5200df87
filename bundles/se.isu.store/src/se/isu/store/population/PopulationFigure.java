package se.isu.store.population;

import java.util.Objects;

/**
 * The number of people of one age band living in a municipality, or in one of its city districts, in
 * one year: the denominator of a rate per 1,000 children.
 *
 * @param municipality the municipality (or city) the figure belongs to
 * @param district     the city district, or "" for the municipality as a whole
 * @param year         the year the figure describes
 * @param ageBand      the age band, canonical as {@link AgeBand#parse} writes it: {@code 0-20}, {@code 65+}
 * @param persons      the number of people
 */
public record PopulationFigure(String municipality, String district, int year, String ageBand, int persons) {

    /** Longest municipality or district name the table takes. */
    public static final int NAME_LENGTH = 100;

    public PopulationFigure {
        municipality = Objects.requireNonNull(municipality, "municipality").strip();
        district = district == null ? "" : district.strip();
        ageBand = AgeBand.parse(Objects.requireNonNull(ageBand, "ageBand"));
        if (municipality.isEmpty() || municipality.length() > NAME_LENGTH || district.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("municipality and district must be 1 to " + NAME_LENGTH + " characters");
        }
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (persons < 0) {
            throw new IllegalArgumentException("a population is not negative: " + persons);
        }
    }

    /** A figure for a municipality as a whole. */
    public static PopulationFigure of(String municipality, int year, String ageBand, int persons) {
        return new PopulationFigure(municipality, "", year, ageBand, persons);
    }

    /** Whether the figure is for a city district rather than the whole municipality. */
    public boolean isDistrict() {
        return !district.isEmpty();
    }

    /** The area the figure describes: the district when there is one, else the municipality. */
    public String area() {
        return isDistrict() ? district : municipality;
    }
}

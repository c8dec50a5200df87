package se.isu.analysis.dataset;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rows of a {@link Dataset} an analysis looks at. An empty set means any; an age band is
 * inclusive at both ends and null means open. Filters are values: every {@code with...} returns a new
 * one.
 */
public record DatasetFilter(Set<String> municipalities, Set<Integer> closingYears, Set<String> formVersions,
        Set<Integer> sexes, Integer minAge, Integer maxAge) {

    private static final DatasetFilter ALL = new DatasetFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);

    public DatasetFilter {
        municipalities = Set.copyOf(municipalities);
        closingYears = Set.copyOf(closingYears);
        formVersions = Set.copyOf(formVersions);
        sexes = Set.copyOf(sexes);
    }

    public static DatasetFilter all() {
        return ALL;
    }

    public DatasetFilter withMunicipalities(Collection<String> names) {
        return new DatasetFilter(new TreeSet<>(names), closingYears, formVersions, sexes, minAge, maxAge);
    }

    public DatasetFilter withClosingYears(Collection<Integer> years) {
        return new DatasetFilter(municipalities, new TreeSet<>(years), formVersions, sexes, minAge, maxAge);
    }

    public DatasetFilter withFormVersions(Collection<String> versions) {
        return new DatasetFilter(municipalities, closingYears, new TreeSet<>(versions), sexes, minAge, maxAge);
    }

    /** By harmonised sex code. */
    public DatasetFilter withSexes(Collection<Integer> codes) {
        return new DatasetFilter(municipalities, closingYears, formVersions, new TreeSet<>(codes), minAge, maxAge);
    }

    public DatasetFilter withAgeBand(Integer min, Integer max) {
        return new DatasetFilter(municipalities, closingYears, formVersions, sexes, min, max);
    }
}

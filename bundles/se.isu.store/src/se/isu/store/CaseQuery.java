package se.isu.store;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which cases to read: by municipality, by year of closing (the year of the form's closing date,
 * avslutsdatum), by form and form version, with or without drafts. An empty set or a null means any.
 * Queries are values: every {@code with...} returns a new one.
 */
public record CaseQuery(Set<String> municipalities, Set<Integer> closingYears, String formId, String formVersion,
        boolean includeDrafts) {

    private static final CaseQuery ALL = new CaseQuery(Set.of(), Set.of(), null, null, true);

    public CaseQuery {
        municipalities = Set.copyOf(municipalities);
        closingYears = Set.copyOf(closingYears);
        if (formVersion != null && formId == null) {
            throw new IllegalArgumentException("a form version needs its form id");
        }
    }

    /** Every case, drafts included (what a navigator shows). */
    public static CaseQuery all() {
        return ALL;
    }

    /** Every case that is not a draft: what analyses read. */
    public static CaseQuery forAnalysis() {
        return ALL.withDrafts(false);
    }

    public CaseQuery withMunicipalities(Collection<String> names) {
        return new CaseQuery(new TreeSet<>(names), closingYears, formId, formVersion, includeDrafts);
    }

    public CaseQuery withMunicipality(String name) {
        return withMunicipalities(Set.of(name));
    }

    public CaseQuery withClosingYears(Collection<Integer> years) {
        return new CaseQuery(municipalities, new TreeSet<>(years), formId, formVersion, includeDrafts);
    }

    public CaseQuery withClosingYear(int year) {
        return withClosingYears(Set.of(year));
    }

    /** Cases of every version of one form. */
    public CaseQuery withForm(String id) {
        return new CaseQuery(municipalities, closingYears, id, null, includeDrafts);
    }

    /** Cases of one form version. */
    public CaseQuery withFormVersion(String id, String version) {
        return new CaseQuery(municipalities, closingYears, id, version, includeDrafts);
    }

    public CaseQuery withDrafts(boolean include) {
        return new CaseQuery(municipalities, closingYears, formId, formVersion, include);
    }
}

package se.isu.analysis.dataset;

/**
 * Which questions of a form the dataset filters by: sex, age and the closing date (whose year is the
 * closing year). They are the same variable ids in every SU-X version; another form names its own.
 */
public record DatasetRoles(String sexVariable, String ageVariable, String closingDateVariable) {

    /** The SU-X variables: kon, alder (age at referral), avslutsdatum. */
    public static DatasetRoles suX() {
        return new DatasetRoles("kon", "alder", "avslutsdatum");
    }
}

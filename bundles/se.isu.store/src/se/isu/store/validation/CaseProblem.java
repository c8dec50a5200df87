package se.isu.store.validation;

/**
 * Something wrong with a case as entered, for the registrar.
 *
 * @param variableId the question it concerns, or null when it concerns the case as a whole
 * @param error      an error keeps the case a draft; a warning does not
 * @param message    in Swedish, naming the question
 */
public record CaseProblem(String variableId, boolean error, String message) {

    public static CaseProblem error(String variableId, String message) {
        return new CaseProblem(variableId, true, message);
    }

    public static CaseProblem warning(String variableId, String message) {
        return new CaseProblem(variableId, false, message);
    }
}

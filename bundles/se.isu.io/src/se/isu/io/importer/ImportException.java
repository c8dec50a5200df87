package se.isu.io.importer;

/**
 * An import stopped and stored nothing. The message is in Swedish, for the registrar; the problem,
 * when there is one, points at the file, row and cell.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public ImportException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** Where the import stopped. */
    public ImportProblem problem() {
        return problem;
    }
}

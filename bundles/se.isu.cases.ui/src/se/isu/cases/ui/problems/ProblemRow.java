package se.isu.cases.ui.problems;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.Question;
import se.isu.store.validation.CaseProblem;

/** One line of the Problems view: a problem and the case it belongs to. */
public record ProblemRow(CaseProblems owner, CaseProblem problem) {

    /** How long a question's text may be in the Fråga column before it is cut. */
    static final int SHORT_TEXT = 48;

    /** The Ärende column: "Gävle / GA-2021-004". */
    public String caseLabel() {
        return caseLabel(owner);
    }

    static String caseLabel(CaseProblems owner) {
        String municipality = owner.municipality().isEmpty() ? Messages.noMunicipality : owner.municipality();
        String caseId = owner.caseId().isEmpty() ? Messages.newCase : owner.caseId();
        return NLS.bind(Messages.caseLabel, municipality, caseId);
    }

    /** The Fråga column: the question's number and the start of its text, or what the problem is about. */
    public String question() {
        if (problem.variableId() == null) {
            return Messages.wholeCase;
        }
        Question question = owner.version().allQuestions().stream()
                .filter(q -> q.getVariableId().equals(problem.variableId())).findFirst().orElse(null);
        if (question == null) {
            return problem.variableId();
        }
        String text = shorten(question.getText() == null ? problem.variableId() : question.getText());
        String number = question.getNumber();
        return number == null || number.isBlank() ? text : number + ". " + text;
    }

    /** The Typ column. */
    public String type() {
        return problem.error() ? Messages.typeError : Messages.typeWarning;
    }

    /** Cuts a long text at a word before {@link #SHORT_TEXT} characters, marking the cut. */
    static String shorten(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= SHORT_TEXT) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', SHORT_TEXT - 1);
        return clean.substring(0, cut > SHORT_TEXT / 2 ? cut : SHORT_TEXT - 1).strip() + "\u2026";
    }
}

package se.isu.cases.ui.problems;

import java.util.List;
import java.util.Objects;

import se.isu.cases.ui.editors.CaseEditor;
import se.isu.forms.FormVersion;
import se.isu.store.CaseRecord;
import se.isu.store.validation.CaseProblem;

/**
 * The problems of one case: as its open editor last checked it, or as a stored draft reads now.
 *
 * @param editor       the editor the case is open in, or null for a stored draft no editor holds
 * @param municipality the municipality as chosen, possibly blank while a new case has none
 * @param caseId       the case id as entered, possibly blank while a new case has none
 * @param stored       whether the case is in the store under this municipality and case id
 * @param version      the form version the case is recorded with, which names its questions
 * @param problems     in the order the case lists them (form order, the form's rules last)
 */
public record CaseProblems(CaseEditor editor, String municipality, String caseId, boolean stored, FormVersion version,
        List<CaseProblem> problems) {

    public CaseProblems {
        municipality = municipality == null ? "" : municipality.strip();
        caseId = caseId == null ? "" : caseId.strip();
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
    }

    /** The problems of a stored draft, for the Problems view to list while no editor has it open. */
    public static CaseProblems ofDraft(CaseRecord record, FormVersion version, List<CaseProblem> problems) {
        return new CaseProblems(null, record.municipality(), record.caseId(), true, version, problems);
    }

    public String formId() {
        return version.getFormId();
    }

    /** Whether this is the stored case with that key, which an open editor then stands for. */
    public boolean isStoredCase(String otherMunicipality, String formId, String otherCaseId) {
        return stored && municipality.equals(otherMunicipality) && formId().equals(formId) && caseId.equals(otherCaseId);
    }
}

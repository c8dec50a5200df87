package se.isu.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One case as the store keeps it. It carries no name and no personnummer: the case is identified by
 * its case id (ärende-id), unique per municipality and form.
 *
 * @param municipality the municipality's name, one of the store's {@link Municipality municipalities}
 * @param unit         the unit within the municipality, or null
 * @param formId       the form the case was recorded with, e.g. su-x
 * @param formVersion  the version of that form, e.g. 2021
 * @param caseId       the case id (ärende-id)
 * @param draft        a draft is stored but kept out of analyses
 * @param answers      the answers, by variable id
 * @param created      when the case was first stored; null before that
 * @param changed      when it was last stored; null before it was first stored
 */
public record CaseRecord(String municipality, String unit, String formId, String formVersion, String caseId,
        boolean draft, Answers answers, Instant created, Instant changed) {

    public CaseRecord {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(answers, "answers");
    }

    /** A case that has not been stored yet. */
    public static CaseRecord of(String municipality, String unit, String formId, String formVersion, String caseId,
            boolean draft, Answers answers) {
        return new CaseRecord(municipality, unit, formId, formVersion, caseId, draft, answers, null, null);
    }

    /** The same case with other answers. */
    public CaseRecord withAnswers(Answers newAnswers) {
        return new CaseRecord(municipality, unit, formId, formVersion, caseId, draft, newAnswers, created, changed);
    }

    /** The same case, marked as draft or not. */
    public CaseRecord withDraft(boolean isDraft) {
        return new CaseRecord(municipality, unit, formId, formVersion, caseId, isDraft, answers, created, changed);
    }
}

package se.isu.cases.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.isu.forms.FormVersion;
import se.isu.forms.Rule;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.Answers;
import se.isu.store.validation.CaseProblem;
import se.isu.store.validation.CaseValidator;

/** What the case editor reports for SU-X 2021 answers, apart from the widgets that collect them. */
class CaseValidatorTest {

    private static final FormVersion SUX_2021 = FormsUiPlugin.getDefault().registry().find("su-x", "2021").orElseThrow();
    private static final CaseValidator VALIDATOR = new CaseValidator(SUX_2021);

    private static Answers.Builder complete() {
        return Answers.builder()
                .integer("alder", 9)
                .choice("kon", 1)
                .choice("fodelseland", 6)
                .date("aktualiseringsdatum", LocalDate.of(2021, 3, 1))
                .date("startdatum", LocalDate.of(2021, 3, 8))
                .choice("tidigare_aktuell", 4)
                .choices("problematik", Set.of(2))
                .date("avslutsdatum", LocalDate.of(2021, 10, 1))
                .choice("avslutsorsak", 1);
    }

    private static String rule(String id) {
        return SUX_2021.getRules().stream().filter(r -> r.getId().equals(id)).map(Rule::getMessage).findFirst().orElseThrow();
    }

    private static List<String> messages(List<CaseProblem> problems) {
        return problems.stream().map(CaseProblem::message).toList();
    }

    @Test
    void aCompleteCaseHasNoProblems() {
        assertEquals(List.of(), VALIDATOR.validate("A-1", complete().build()));
    }

    @Test
    void requiredAnswersAndTheCaseIdAreAskedFor() {
        List<CaseProblem> problems = VALIDATOR.validate(" ", Answers.empty());
        assertTrue(CaseValidator.hasErrors(problems));
        assertEquals(List.of("arende_id", "alder", "kon", "fodelseland", "aktualiseringsdatum", "tidigare_aktuell",
                "problematik", "avslutsdatum", "avslutsorsak"), problems.stream().map(CaseProblem::variableId).toList(),
                "every required question in form order; start date and interventions are optional");
        assertEquals("Fråga 1 måste besvaras.", problems.get(1).message());
    }

    @Test
    void theFormsRulesSpeakWithTheirOwnMessages() {
        Answers wrong = complete().integer("alder", 21).date("avslutsdatum", LocalDate.of(2021, 3, 5)).build();
        List<CaseProblem> problems = VALIDATOR.validate("A-1", wrong);
        assertEquals(List.of(rule("start_fore_avslut"), rule("alder_0_20")), messages(problems),
                "in the form's order of rules, and the range rule in place of the question's own bound");
        assertTrue(problems.stream().allMatch(CaseProblem::error));
        assertTrue(messages(VALIDATOR.validate("A-1", complete().integer("alder", 20).build())).isEmpty(), "20 is within 0-20");
    }

    @Test
    void tooManyChoicesAndMissingCommentsAreReported() {
        Answers answers = complete().choices("problematik", Set.of(1, 2, 4, 5))
                .put("insatser", MultipleChoice.of(6)).build();
        List<CaseProblem> problems = VALIDATOR.validate("A-1", answers);
        assertEquals(2, problems.size(), messages(problems).toString());
        assertTrue(problems.get(0).error() && problems.get(0).message().contains("högst 3"), problems.get(0).message());
        assertFalse(problems.get(1).error(), "a missing comment is a warning: the case is still complete");
        assertEquals("insatser", problems.get(1).variableId());
    }

    @Test
    void aRetiredOptionInAStoredCaseIsAWarning() {
        List<CaseProblem> problems = VALIDATOR.validate("A-1", complete().choices("problematik", Set.of(6)).build());
        assertEquals(1, problems.size());
        assertFalse(problems.get(0).error());
        assertTrue(problems.get(0).message().contains("utgånget"), problems.get(0).message());
    }
}

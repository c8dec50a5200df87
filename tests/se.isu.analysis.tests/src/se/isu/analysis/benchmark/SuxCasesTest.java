package se.isu.analysis.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.builtin.MethodNames;
import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;
import se.isu.store.CaseRecord;
import se.isu.store.Municipality;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.tests.support.SuxCases;
import se.isu.tests.support.SuxCases.Shape;

/**
 * The generated SU-X cases on which the analysis benchmark, its DuckDB comparison, the views benchmark and
 * the two-thread counting test rest (docs/benchmarks.md): the same for the same seed wherever a run starts,
 * and drawn as documented, checked on 10,000 cases of SU-X 2021 against the form model.
 */
class SuxCasesTest {

    private static final int SIZE = 10_000;

    @TempDir
    static Path folder;

    private static FormVersion v2021;
    private static List<String> municipalities;

    @BeforeAll
    static void load() throws Exception {
        v2021 = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null).find("su-x", "2021").orElseThrow();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            municipalities = store.municipalities().stream().map(Municipality::name).toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameCasesWhereverARunStarts() {
        List<CaseRecord> cases = new SuxCases(v2021, municipalities, 2021, Shape.ANALYSIS).list(0, SIZE);
        SuxCases again = new SuxCases(v2021, municipalities, 2021, Shape.ANALYSIS);
        for (int n = SIZE - 1; n >= 0; n--) {
            assertEquals(cases.get(n), again.caseNumber(n), "case " + n);
        }
        assertEquals(cases.subList(5_000, 5_010), again.list(5_000, 10));
        SuxCases otherSeed = new SuxCases(v2021, municipalities, 6, Shape.ANALYSIS);
        int same = 0;
        for (int n = 0; n < SIZE; n++) {
            same += otherSeed.caseNumber(n).answers().equals(cases.get(n).answers()) ? 1 : 0;
        }
        assertEquals(0, same, "another seed, other answers");
    }

    @Test
    void analysisCasesAnswerEveryQuestionAsTheFormAsks() {
        SuxCases generator = new SuxCases(v2021, municipalities, 2021, Shape.ANALYSIS);
        List<Question> asked = asked(v2021);
        Map<String, Integer> methods = new HashMap<>();
        Set<String> spellings = new HashSet<>();
        Map<String, Integer> perMunicipality = new HashMap<>();
        for (int n = 0; n < SIZE; n++) {
            CaseRecord record = generator.caseNumber(n);
            assertEquals("A-" + n, record.caseId());
            assertEquals(municipalities.get(n % municipalities.size()), record.municipality(), "the municipalities in turn");
            assertNull(record.unit());
            assertEquals("su-x", record.formId());
            assertEquals("2021", record.formVersion());
            assertFalse(record.draft());
            assertEquals(asked.size(), record.answers().asMap().size(), "every question asked, nothing else");
            assertAnswers(asked, record, 400);
            perMunicipality.merge(record.municipality(), 1, Integer::sum);
            if (record.answers().get("insatser").orElseThrow() instanceof MultipleChoice interventions) {
                for (String comment : interventions.comments().values()) {
                    spellings.add(comment);
                    List<String> named = MethodNames.methods(comment);
                    assertEquals(1, named.size(), comment);
                    methods.merge(named.get(0), 1, Integer::sum);
                }
            }
        }
        assertEquals(10, municipalities.size(), "Gävleborg's ten");
        assertEquals(Set.of(SIZE / 10), Set.copyOf(perMunicipality.values()));
        // The methods of Tabell 2, some in two spellings that the named-methods table counts as one.
        assertEquals(18, spellings.size(), spellings.toString());
        assertEquals(15, methods.size(), methods.toString());
        assertTrue(spellings.containsAll(List.of("Marte meo", "Marte Meo", "Tryggare barn", "Tryggare Barn.")), spellings.toString());
        // Earlier names more often: the first of the list is the most frequent, the last the rarest.
        int first = methods.get("Trygghetscirkeln");
        int last = methods.get("\u00c5terfallsprevention");
        assertEquals(first, methods.values().stream().mapToInt(Integer::intValue).max().orElseThrow(), methods.toString());
        assertEquals(last, methods.values().stream().mapToInt(Integer::intValue).min().orElseThrow(), methods.toString());
    }

    @Test
    void viewsCasesAreTheAnalysisCasesUnderTheirOwnIds() {
        SuxCases analysis = new SuxCases(v2021, municipalities, 2021, Shape.ANALYSIS);
        SuxCases views = new SuxCases(v2021, municipalities, 2021, Shape.VIEWS);
        for (int n = 0; n < SIZE; n += 7) {
            CaseRecord view = views.caseNumber(n);
            assertEquals("V-" + n, view.caseId());
            assertEquals(analysis.caseNumber(n).answers(), view.answers(), "case " + n);
        }
    }

    @Test
    void storeCasesHaveCloserDatesUnitsAndPlainComments() {
        SuxCases generator = new SuxCases(v2021, List.of("Hudiksvall", "Bolln\u00e4s"), 42, Shape.STORE);
        List<Question> asked = asked(v2021);
        Map<String, Integer> units = new HashMap<>();
        for (int n = 0; n < SIZE; n++) {
            CaseRecord record = generator.caseNumber(n);
            assertEquals("B-" + n, record.caseId());
            assertAnswers(asked, record, 120);
            if (record.unit() != null) {
                units.merge(record.unit(), 1, Integer::sum);
            }
            for (AnswerValue value : record.answers().asMap().values()) {
                if (value instanceof MultipleChoice choice) {
                    for (String comment : choice.comments().values()) {
                        assertEquals("vilken " + n, comment);
                    }
                }
            }
        }
        assertEquals(Set.of("Enhet 1", "Enhet 2", "Enhet 3"), units.keySet());
        int withUnit = units.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(withUnit > SIZE / 5 && withUnit < SIZE * 3 / 10, "about a quarter name a unit: " + withUnit);
        assertNotEquals(new SuxCases(v2021, List.of("Hudiksvall"), 42, Shape.ANALYSIS).caseNumber(0).answers(),
                generator.caseNumber(0).answers(), "the shape changes the draws");
    }

    /** The questions still asked, but the case key: those the generator answers. */
    private static List<Question> asked(FormVersion version) {
        return version.allQuestions().stream()
                .filter(q -> !q.isRetired() && !(q instanceof TextQuestion text && text.isKey())).toList();
    }

    /**
     * Every question asked has an answer of its kind within the model's bounds: integers within the range,
     * options still asked, one to three of a multiple choice (no more than allowed) with a comment exactly
     * where an option asks for one, and the dates in form order, each fewer than {@code gapBound} days after
     * the one before.
     */
    private static void assertAnswers(List<Question> asked, CaseRecord record, int gapBound) {
        LocalDate previous = null;
        for (Question question : asked) {
            String variable = question.getVariableId();
            AnswerValue value = record.answers().get(variable).orElseThrow(() -> new AssertionError(variable));
            String where = record.caseId() + " " + variable;
            switch (question) {
                case IntegerQuestion q -> {
                    int answer = ((IntegerAnswer) value).value();
                    int min = q.getMinimum() == null ? 0 : q.getMinimum();
                    int max = q.getMaximum() == null ? min + 20 : q.getMaximum();
                    assertTrue(answer >= min && answer <= max, where + ": " + answer);
                }
                case DateQuestion q -> {
                    LocalDate date = ((DateAnswer) value).value();
                    if (previous == null) {
                        assertTrue(!date.isBefore(LocalDate.of(2021, 1, 1)) && date.isBefore(LocalDate.of(2024, 1, 1)), where + ": " + date);
                    } else {
                        long gap = ChronoUnit.DAYS.between(previous, date);
                        assertTrue(gap >= 0 && gap < gapBound, where + ": " + gap + " days after the date before");
                    }
                    previous = date;
                }
                case TextQuestion q -> assertTrue(((TextAnswer) value).value().startsWith("text "), where);
                case MultipleChoiceQuestion q -> {
                    MultipleChoice choice = (MultipleChoice) value;
                    int limit = q.getMaxSelections() == null ? 3 : Math.min(3, q.getMaxSelections());
                    assertTrue(!choice.codes().isEmpty() && choice.codes().size() <= limit, where + ": " + choice.codes());
                    for (int code : choice.codes()) {
                        Option option = stillAsked(q, code, where);
                        assertEquals(option.isRequiresComment(), choice.comment(code) != null, where + " " + code);
                    }
                    assertTrue(choice.codes().containsAll(choice.comments().keySet()), where);
                }
                case ChoiceQuestion q -> {
                    SingleChoice choice = (SingleChoice) value;
                    Option option = stillAsked(q, choice.code(), where);
                    assertEquals(option.isRequiresComment(), choice.comment() != null, where);
                }
                default -> throw new AssertionError(where + ": " + question.eClass().getName());
            }
        }
    }

    private static Option stillAsked(ChoiceQuestion question, int code, String where) {
        Option option = question.findOption(code);
        assertTrue(option != null && !option.isRetired(), where + ": option " + code);
        return option;
    }
}

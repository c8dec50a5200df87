package se.isu.tests.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;

/**
 * Deterministic cases for any form version, read from its model: every question that is still asked
 * answered with a value of its kind (an integer within the question's bounds, dates in form order, so
 * referral, start and closing come in that order, free text, options drawn from those still asked, one to
 * three of a multiple choice and no more than the question allows), a comment wherever an option asks for
 * one, the municipalities in turn. Case number n depends only on the seed, the version, the municipalities
 * and the {@link Shape}, never on the cases made before it, so a larger set is the smaller one and more
 * cases, and cases can be made one at a time as a store iterates them.
 * <p>
 * The store's tests and benchmark, the analysis benchmark (and its DuckDB comparison) and the views
 * benchmark each use their own {@link Shape}; their documented figures rest on these exact cases, so a
 * change to what a shape draws, or to the order of its draws, changes those figures.
 */
public final class SuxCases {

    /**
     * How the cases of one user are drawn.
     *
     * @param caseIdPrefix    before the case number in the case id ("A-" gives, ...)
     * @param dateGapBound    each date after the first is up to this many days, exclusive, after the one
     *                        before it
     * @param namedMethods    whether the comment of a commented intervention ({@code insatser}) names one of
     *                        the manual-based methods of the report's Tabell 2, in spelling variants, rather
     *                        than "vilken n"
     * @param units           whether a quarter of the cases name a unit ("Enhet 1" to "Enhet 3")
     */
    public record Shape(String caseIdPrefix, int dateGapBound, boolean namedMethods, boolean units) {

        /** The analysis benchmark's cases and those of the engine's two-thread counting test. */
        public static final Shape ANALYSIS = new Shape("A-", 400, true, false);
        /** The views benchmark's: the analysis benchmark's with their own case ids. */
        public static final Shape VIEWS = new Shape("V-", 400, true, false);
        /** The case store's tests and benchmark: dates closer together, units, no named methods. */
        public static final Shape STORE = new Shape("B-", 120, false, true);

        public Shape {
            Objects.requireNonNull(caseIdPrefix, "caseIdPrefix");
            if (dateGapBound < 1) {
                throw new IllegalArgumentException("dateGapBound " + dateGapBound);
            }
        }
    }

    /**
     * What the free text of a commented intervention names: the manual-based methods of the report's
     * Tabell 2, some in the spelling variants analysts meet (case, a short form, a trailing stop). Real
     * comments repeat a few names, which is what the named-methods table counts.
     */
    private static final String[] METHODS = { "Trygghetscirkeln", "trygghetscirkeln", "Bassamtal", "Tryggare barn",
            "Tryggare Barn.", "Placeringssamtal", "Marte meo", "Marte Meo", "KIBB", "A-CRA", "F\u00f6r\u00e4ldraplan",
            "IHF", "Jag och min familj", "PYC (Parenting young children).", "P\u00e5verkansprogrammet", "Samarbetssamtal",
            "Hemflyttssamtal efter placering", "\u00c5terfallsprevention" };

    private final FormVersion version;
    private final List<String> municipalities;
    private final long seed;
    private final Shape shape;
    private final List<Question> questions = new ArrayList<>();
    private final List<List<Option>> asked = new ArrayList<>();

    public SuxCases(FormVersion version, List<String> municipalities, long seed, Shape shape) {
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("no municipality");
        }
        this.version = version;
        this.municipalities = List.copyOf(municipalities);
        this.seed = seed;
        this.shape = Objects.requireNonNull(shape, "shape");
        for (Question question : version.allQuestions()) {
            if (question.isRetired() || question instanceof TextQuestion text && text.isKey()) {
                continue;
            }
            questions.add(question);
            List<Option> options = new ArrayList<>();
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (!option.isRetired()) {
                        options.add(option);
                    }
                }
            }
            asked.add(options);
        }
    }

    /** Case number {@code n} (from 0): the same every time for the same seed, version and shape. */
    public CaseRecord caseNumber(long n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        Answers.Builder answers = Answers.builder();
        LocalDate date = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3 * 365));
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            List<Option> options = asked.get(q);
            String variable = question.getVariableId();
            switch (question) {
                case IntegerQuestion i -> {
                    int min = i.getMinimum() == null ? 0 : i.getMinimum();
                    int max = i.getMaximum() == null ? min + 20 : i.getMaximum();
                    answers.integer(variable, min + random.nextInt(max - min + 1));
                }
                case DateQuestion d -> {
                    answers.date(variable, date);
                    date = date.plusDays(random.nextInt(shape.dateGapBound()));
                }
                case TextQuestion t -> answers.text(variable, "text " + Long.toString(random.nextLong(1L << 40), 36));
                case SingleChoiceQuestion s -> {
                    Option option = options.get(random.nextInt(options.size()));
                    if (option.isRequiresComment()) {
                        answers.choice(variable, option.getCode(), "kommentar " + n);
                    } else {
                        answers.choice(variable, option.getCode());
                    }
                }
                case MultipleChoiceQuestion m -> {
                    int limit = m.getMaxSelections() == null ? 3 : Math.min(3, m.getMaxSelections());
                    int wanted = 1 + random.nextInt(limit);
                    TreeSet<Integer> codes = new TreeSet<>();
                    for (int i = 0; i < wanted; i++) {
                        codes.add(options.get(random.nextInt(options.size())).getCode());
                    }
                    MultipleChoice choice = new MultipleChoice(codes, new TreeMap<>());
                    for (int code : codes) {
                        if (m.findOption(code).isRequiresComment()) {
                            choice = choice.withComment(code, comment(variable, n, random));
                        }
                    }
                    answers.put(variable, choice);
                }
                default -> throw new IllegalArgumentException(question.eClass().getName());
            }
        }
        String unit = shape.units() && random.nextInt(4) == 0 ? "Enhet " + (1 + random.nextInt(3)) : null;
        return CaseRecord.of(municipalities.get((int) (n % municipalities.size())), unit, version.getFormId(),
                version.getVersion(), shape.caseIdPrefix() + n, false, answers.build());
    }

    /**
     * The comment to a commented option of a multiple choice. With named methods, the method is drawn for
     * every such option, intervention or not, so the draws that follow do not depend on the variable.
     */
    private String comment(String variable, long n, SplittableRandom random) {
        if (!shape.namedMethods()) {
            return "vilken " + n;
        }
        // Earlier names more often: the smaller of two draws.
        String method = METHODS[Math.min(random.nextInt(METHODS.length), random.nextInt(METHODS.length))];
        return "insatser".equals(variable) ? method : "vilken " + n;
    }

    /** Cases {@code from} .. {@code from + count - 1}, made one at a time as they are iterated. */
    public Iterable<CaseRecord> cases(long from, long count) {
        return () -> new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return next < from + count;
            }

            @Override
            public CaseRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return caseNumber(next++);
            }
        };
    }

    /** Cases {@code from} .. {@code from + count - 1} in a list. */
    public List<CaseRecord> list(long from, int count) {
        List<CaseRecord> out = new ArrayList<>(count);
        cases(from, count).forEach(out::add);
        return out;
    }
}

package se.isu.analysis.ui.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * Deterministic SU-X cases for the views benchmark, made one at a time as the store iterates them (so a
 * million never sit in memory), read from the form version's model as the analysis benchmark's generator
 * does: every question answered with a value of its kind, dates in form order, one to three options of a
 * multiple choice, a comment wherever an option asks for one (a manual-based method for an intervention,
 * from a short list with spelling variants, as Tabell 2 counts them), the municipalities in turn. Case
 * number n is the same for the same seed, so a larger store is the smaller one and more cases.
 */
final class ViewsBenchmarkCases {

    private static final String[] METHODS = { "Trygghetscirkeln", "trygghetscirkeln", "Bassamtal", "Tryggare barn",
            "Tryggare Barn.", "Placeringssamtal", "Marte meo", "Marte Meo", "KIBB", "A-CRA", "F\u00f6r\u00e4ldraplan",
            "IHF", "Jag och min familj", "PYC (Parenting young children).", "P\u00e5verkansprogrammet", "Samarbetssamtal",
            "Hemflyttssamtal efter placering", "\u00c5terfallsprevention" };

    private final FormVersion version;
    private final List<String> municipalities;
    private final long seed;
    private final List<Question> questions = new ArrayList<>();
    private final List<List<Option>> asked = new ArrayList<>();

    ViewsBenchmarkCases(FormVersion version, List<String> municipalities, long seed) {
        this.version = version;
        this.municipalities = List.copyOf(municipalities);
        this.seed = seed;
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

    /** Case number {@code n} (from 0). */
    CaseRecord caseNumber(long n) {
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
                    date = date.plusDays(random.nextInt(400));
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
                            String method = METHODS[Math.min(random.nextInt(METHODS.length), random.nextInt(METHODS.length))];
                            choice = choice.withComment(code, "insatser".equals(variable) ? method : "vilken " + n);
                        }
                    }
                    answers.put(variable, choice);
                }
                default -> throw new IllegalArgumentException(question.eClass().getName());
            }
        }
        return CaseRecord.of(municipalities.get((int) (n % municipalities.size())), null, version.getFormId(),
                version.getVersion(), "V-" + n, false, answers.build());
    }

    /** Cases {@code from} .. {@code from + count - 1}, made as they are iterated. */
    Iterable<CaseRecord> cases(long from, long count) {
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
}

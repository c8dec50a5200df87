package se.isu.store.derby;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
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
 * Deterministic cases for any form version, read from its model: every question answered with a
 * value of its kind, dates in form order (so referral, start and closing dates come in that order),
 * options drawn from those still asked, a comment wherever an option asks for one. The same seed
 * gives the same cases.
 */
final class CaseGenerator {

    private final FormVersion version;
    private final List<String> municipalities;
    private final long seed;
    private final List<Question> questions = new ArrayList<>();

    CaseGenerator(FormVersion version, List<String> municipalities, long seed) {
        this.version = version;
        this.municipalities = List.copyOf(municipalities);
        this.seed = seed;
        for (Question question : version.allQuestions()) {
            if (!question.isRetired() && !(question instanceof TextQuestion text && text.isKey())) {
                questions.add(question);
            }
        }
    }

    /** Case number {@code n} (from 0): the same every time for the same generator. */
    CaseRecord caseNumber(long n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        String municipality = municipalities.get((int) (n % municipalities.size()));
        Answers.Builder answers = Answers.builder();
        LocalDate date = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3 * 365));
        for (Question question : questions) {
            String variable = question.getVariableId();
            switch (question) {
                case IntegerQuestion q -> {
                    int min = q.getMinimum() == null ? 0 : q.getMinimum();
                    int max = q.getMaximum() == null ? min + 20 : q.getMaximum();
                    answers.integer(variable, min + random.nextInt(max - min + 1));
                }
                case DateQuestion q -> {
                    answers.date(variable, date);
                    date = date.plusDays(random.nextInt(120));
                }
                case TextQuestion q -> answers.text(variable, "text " + Long.toString(random.nextLong(1L << 40), 36));
                case SingleChoiceQuestion q -> {
                    Option option = pick(q, random);
                    if (option.isRequiresComment()) {
                        answers.choice(variable, option.getCode(), "kommentar " + n);
                    } else {
                        answers.choice(variable, option.getCode());
                    }
                }
                case MultipleChoiceQuestion q -> {
                    int limit = q.getMaxSelections() == null ? 3 : Math.min(3, q.getMaxSelections());
                    int wanted = 1 + random.nextInt(limit);
                    TreeSet<Integer> codes = new TreeSet<>();
                    for (int i = 0; i < wanted; i++) {
                        codes.add(pick(q, random).getCode());
                    }
                    MultipleChoice choice = new MultipleChoice(codes, new java.util.TreeMap<>());
                    for (int code : codes) {
                        if (q.findOption(code).isRequiresComment()) {
                            choice = choice.withComment(code, "vilken " + n);
                        }
                    }
                    answers.put(variable, choice);
                }
                default -> throw new IllegalArgumentException(question.eClass().getName());
            }
        }
        return CaseRecord.of(municipality, random.nextInt(4) == 0 ? "Enhet " + (1 + random.nextInt(3)) : null,
                version.getFormId(), version.getVersion(), "B-" + n, false, answers.build());
    }

    private static Option pick(ChoiceQuestion question, SplittableRandom random) {
        List<Option> asked = new ArrayList<>();
        for (Option option : question.getOptions()) {
            if (!option.isRetired()) {
                asked.add(option);
            }
        }
        return asked.get(random.nextInt(asked.size()));
    }

    /** Cases {@code from} .. {@code from + count - 1}, made one at a time as they are iterated. */
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

    List<CaseRecord> list(long from, int count) {
        List<CaseRecord> out = new ArrayList<>(count);
        cases(from, count).forEach(out::add);
        return out;
    }
}

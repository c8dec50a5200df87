package se.isu.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The answer to one question, one kind per kind of question of the form model. Codes are the options'
 * stable codes; a comment belongs to an option that asks for one ("ange vilken").
 */
public sealed interface AnswerValue {

    /** The answer to an integer question. */
    record IntegerAnswer(int value) implements AnswerValue {
    }

    /** The answer to a date question. */
    record DateAnswer(LocalDate value) implements AnswerValue {
        public DateAnswer {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The answer to a free-text question. */
    record TextAnswer(String value) implements AnswerValue {
        public TextAnswer {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The chosen option of a single-choice question, with its comment or null. */
    record SingleChoice(int code, String comment) implements AnswerValue {
        public SingleChoice(int code) {
            this(code, null);
        }
    }

    /** The chosen options of a multiple-choice question, and the comments of those that have one. */
    record MultipleChoice(SortedSet<Integer> codes, SortedMap<Integer, String> comments) implements AnswerValue {
        public MultipleChoice {
            codes = IntSortedSet.copyOf(codes);
            // Most choices have no comment: they share one empty map rather than each having its own.
            comments = comments.isEmpty() ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(comments));
        }

        public static MultipleChoice of(Integer... codes) {
            return new MultipleChoice(new TreeSet<>(java.util.List.of(codes)), new TreeMap<>());
        }

        /** The same choice with {@code comment} for {@code code}. */
        public MultipleChoice withComment(int code, String comment) {
            SortedMap<Integer, String> more = new TreeMap<>(comments);
            more.put(code, comment);
            return new MultipleChoice(codes, more);
        }

        /** The comment of one chosen option, or null. */
        public String comment(int code) {
            return comments.get(code);
        }
    }
}

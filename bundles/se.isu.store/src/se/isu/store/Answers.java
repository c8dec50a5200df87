package se.isu.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;

/**
 * The answers of one case, by variable id. A question without an answer has no entry. The case id is
 * not an answer here: it is {@link CaseRecord#caseId()}.
 */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, AnswerValue> values;

    private Answers(Map<String, AnswerValue> values) {
        this.values = values;
    }

    public static Answers empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The answers by variable id, in the order they were given. */
    public Map<String, AnswerValue> asMap() {
        return values;
    }

    public Optional<AnswerValue> get(String variableId) {
        return Optional.ofNullable(values.get(variableId));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects answers; a later answer to the same variable replaces the earlier one. */
    public static final class Builder {
        private Map<String, AnswerValue> values = new LinkedHashMap<>();
        /**
         * Whether {@link #values} belongs to answers built from it: the builder then copies it before the
         * next change, so a builder built once (as an import builds every row's) copies nothing.
         */
        private boolean shared;

        private Builder() {
        }

        public Builder put(String variableId, AnswerValue value) {
            Objects.requireNonNull(variableId, "variableId");
            Objects.requireNonNull(value, "value");
            if (shared) {
                values = new LinkedHashMap<>(values);
                shared = false;
            }
            values.put(variableId, value);
            return this;
        }

        public Builder integer(String variableId, int value) {
            return put(variableId, new IntegerAnswer(value));
        }

        public Builder date(String variableId, LocalDate value) {
            return put(variableId, new DateAnswer(value));
        }

        public Builder text(String variableId, String value) {
            return put(variableId, new TextAnswer(value));
        }

        public Builder choice(String variableId, int code) {
            return put(variableId, new SingleChoice(code));
        }

        public Builder choice(String variableId, int code, String comment) {
            return put(variableId, new SingleChoice(code, comment));
        }

        public Builder choices(String variableId, Set<Integer> codes) {
            return put(variableId, new MultipleChoice(IntSortedSet.copyOf(codes), Collections.emptySortedMap()));
        }

        /** Adds a comment to an option of a multiple choice given before. */
        public Builder comment(String variableId, int code, String comment) {
            if (!(values.get(variableId) instanceof MultipleChoice choice)) {
                throw new IllegalStateException(variableId + " has no multiple choice to comment on");
            }
            return put(variableId, choice.withComment(code, comment));
        }

        public Answers build() {
            if (values.isEmpty()) {
                return EMPTY;
            }
            shared = true;
            return new Answers(Collections.unmodifiableMap(values));
        }
    }
}

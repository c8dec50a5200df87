package se.isu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.isu.store.AnswerValue.MultipleChoice;

class AnswersTest {

    @Test
    void aMultipleChoiceKeepsItsCodesSortedAndDistinctAndBehavesAsAnyOtherSet() {
        MultipleChoice choice = new MultipleChoice(new TreeSet<>(List.of(14, 2, 9)), new java.util.TreeMap<>());
        TreeSet<Integer> expected = new TreeSet<>(List.of(2, 9, 14));
        SortedSet<Integer> codes = choice.codes();
        assertEquals(List.of(2, 9, 14), List.copyOf(codes));
        assertEquals(expected, codes);
        assertEquals(codes, expected);
        assertEquals(expected.hashCode(), codes.hashCode());
        assertEquals(expected.toString(), codes.toString());
        assertTrue(codes.contains(9));
        assertFalse(codes.contains(3));
        assertFalse(codes.contains("9"));
        assertEquals(2, codes.first());
        assertEquals(14, codes.last());
        assertEquals(expected.subSet(3, 14), codes.subSet(3, 14));
        assertEquals(expected.headSet(9), codes.headSet(9));
        assertEquals(expected.tailSet(9), codes.tailSet(9));
        assertEquals(expected.tailSet(15), codes.tailSet(15));
        assertThrows(IllegalArgumentException.class, () -> codes.subSet(9, 2));
        assertThrows(UnsupportedOperationException.class, () -> codes.add(3));
        assertThrows(UnsupportedOperationException.class, () -> codes.remove(2));
        Iterator<Integer> it = codes.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);

        // The codes are the answer's own: changing the set it was made from changes nothing.
        TreeSet<Integer> given = new TreeSet<>(List.of(1, 5));
        MultipleChoice made = new MultipleChoice(given, new java.util.TreeMap<>());
        given.add(7);
        assertEquals(Set.of(1, 5), made.codes());

        MultipleChoice none = new MultipleChoice(new TreeSet<>(), new java.util.TreeMap<>());
        assertTrue(none.codes().isEmpty());
        assertThrows(NoSuchElementException.class, () -> none.codes().first());
        assertEquals(MultipleChoice.of(2, 9, 14), choice);
    }

    @Test
    void aBuilderBuiltOnceAndChangedAfterLeavesWhatItBuiltAsItWas() {
        Answers.Builder builder = Answers.builder().integer("alder", 9).choices("problematik", Set.of(10, 2));
        Answers first = builder.build();
        builder.choice("kon", 1).comment("problematik", 10, "annat");
        Answers second = builder.build();
        assertEquals(Map.of("alder", new AnswerValue.IntegerAnswer(9), "problematik", MultipleChoice.of(2, 10)), first.asMap());
        assertEquals(List.of("alder", "problematik"), List.copyOf(first.asMap().keySet()));
        assertEquals(List.of("alder", "problematik", "kon"), List.copyOf(second.asMap().keySet()));
        assertEquals("annat", ((MultipleChoice) second.asMap().get("problematik")).comment(10));
        assertEquals(null, ((MultipleChoice) first.asMap().get("problematik")).comment(10));
        assertThrows(UnsupportedOperationException.class, () -> first.asMap().put("x", new AnswerValue.IntegerAnswer(1)));
        assertEquals(second, builder.build());
    }
}

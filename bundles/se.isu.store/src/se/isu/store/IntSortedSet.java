package se.isu.store;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * The codes of a multiple-choice answer: an immutable set of ints in natural order, kept as one sorted
 * array. An import makes one for every multiple-choice cell of every row; a {@code TreeSet} behind an
 * unmodifiable view took five objects and one more per code, this takes two. It equals, hashes and prints
 * as any other set of the same integers; the views of a range ({@link #subSet} and the like) are copies,
 * which for a set that never changes is the same thing.
 */
final class IntSortedSet extends AbstractSet<Integer> implements SortedSet<Integer> {

    private static final IntSortedSet EMPTY = new IntSortedSet(new int[0]);

    private final int[] values;

    private IntSortedSet(int[] values) {
        this.values = values;
    }

    /** The integers of {@code codes}, which may not hold null, in natural order. */
    static IntSortedSet copyOf(Collection<Integer> codes) {
        if (codes instanceof IntSortedSet set) {
            return set;
        }
        if (codes.isEmpty()) {
            return EMPTY;
        }
        int[] values = new int[codes.size()];
        int n = 0;
        for (Integer code : codes) {
            values[n++] = code;
        }
        Arrays.sort(values, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || values[distinct - 1] != values[i]) {
                values[distinct++] = values[i];
            }
        }
        return new IntSortedSet(distinct == values.length ? values : Arrays.copyOf(values, distinct));
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer code && Arrays.binarySearch(values, code) >= 0;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < values.length;
            }

            @Override
            public Integer next() {
                if (next >= values.length) {
                    throw new NoSuchElementException();
                }
                return values[next++];
            }
        };
    }

    @Override
    public Comparator<? super Integer> comparator() {
        return null;
    }

    @Override
    public Integer first() {
        if (values.length == 0) {
            throw new NoSuchElementException();
        }
        return values[0];
    }

    @Override
    public Integer last() {
        if (values.length == 0) {
            throw new NoSuchElementException();
        }
        return values[values.length - 1];
    }

    @Override
    public SortedSet<Integer> subSet(Integer fromElement, Integer toElement) {
        if (fromElement > toElement) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return range(indexOf(fromElement), indexOf(toElement));
    }

    @Override
    public SortedSet<Integer> headSet(Integer toElement) {
        return range(0, indexOf(toElement));
    }

    @Override
    public SortedSet<Integer> tailSet(Integer fromElement) {
        return range(indexOf(fromElement), values.length);
    }

    /** The position of the first value not less than {@code value}. */
    private int indexOf(int value) {
        int at = Arrays.binarySearch(values, value);
        return at >= 0 ? at : -at - 1;
    }

    private IntSortedSet range(int from, int to) {
        return from >= to ? EMPTY : from == 0 && to == values.length ? this : new IntSortedSet(Arrays.copyOfRange(values, from, to));
    }
}

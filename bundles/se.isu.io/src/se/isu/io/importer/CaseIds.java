package se.isu.io.importer;

import java.util.Arrays;

/**
 * The case ids of a file, each with the row it was first seen on, for finding ids that occur twice. Kept
 * compactly, since a file may have a million rows: the ids' characters one after the other in one array,
 * and open addressing over a long array that holds each id's hash beside its entry, so that a new id
 * costs one probe of memory and no object (about 45 bytes an id of ten characters, where a
 * {@code HashMap<String, Integer>} takes about 110).
 */
final class CaseIds {

    /** Per slot: the id's hash in the high half, its entry + 1 in the low half; 0 for an empty slot. */
    private long[] slots = new long[1 << 10];
    private int[] rows = new int[1 << 9];
    private int[] starts = new int[(1 << 9) + 1];
    private char[] chars = new char[1 << 12];
    private int size;

    /**
     * Remembers that {@code id} is on {@code row} unless it was seen before.
     *
     * @return the row the id was first seen on, or 0 when it is new
     */
    int putIfAbsent(String id, int row) {
        int hash = mix(id.hashCode());
        int mask = slots.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            long value = slots[slot];
            if (value == 0) {
                add(slot, id, hash, row);
                return 0;
            }
            int entry = (int) value - 1;
            if ((int) (value >>> 32) == hash && sameId(entry, id)) {
                return rows[entry];
            }
        }
    }

    int size() {
        return size;
    }

    private boolean sameId(int entry, String id) {
        int start = starts[entry];
        int length = starts[entry + 1] - start;
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(int slot, String id, int hash, int row) {
        if (size + 1 >= rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
            starts = Arrays.copyOf(starts, rows.length + 1);
        }
        int start = starts[size];
        if (start + id.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + id.length()));
        }
        id.getChars(0, id.length(), chars, start);
        rows[size] = row;
        starts[size + 1] = start + id.length();
        slots[slot] = (long) hash << 32 | (size + 1);
        size++;
        // At most half full, so a probe ends soon.
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long value : slots) {
            if (value != 0) {
                int slot = (int) (value >>> 32) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = value;
            }
        }
        slots = bigger;
    }

    /** Spreads String's hash over the low bits, which pick the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }
}

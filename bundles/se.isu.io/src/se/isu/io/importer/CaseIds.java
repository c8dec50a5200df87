package se.isu.io.importer;

import java.util.Arrays;

/**
 * The case ids of a file, each with the row it was first seen on, for finding ids that occur twice. Kept
 * compactly, since a file may have a million rows: the ids' characters one after the other in one array,
 * and open addressing over int arrays, with no object per id (about 40 bytes an id of ten characters,
 * where a {@code HashMap<String, Integer>} takes about 110).
 */
final class CaseIds {

    private int[] slots = new int[1 << 10];
    private int[] hashes = new int[1 << 9];
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
            int entry = slots[slot] - 1;
            if (entry < 0) {
                add(slot, id, hash, row);
                return 0;
            }
            if (hashes[entry] == hash && sameId(entry, id)) {
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
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            starts = Arrays.copyOf(starts, rows.length + 1);
        }
        int start = starts[size];
        if (start + id.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + id.length()));
        }
        id.getChars(0, id.length(), chars, start);
        hashes[size] = hash;
        rows[size] = row;
        starts[size + 1] = start + id.length();
        slots[slot] = size + 1;
        size++;
        // At most half full, so a probe ends soon.
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hashes[entry] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = entry + 1;
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

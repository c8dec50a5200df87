package se.isu.store.derby;

/**
 * A set of case keys (municipality and case id) kept as 64-bit hashes in an open-addressing table of
 * longs: one long per key and no object, so that a bulk insert of a million cases can remember which
 * keys it met in a few megabytes. A hash says only that a key <em>may</em> be in the set; the caller
 * confirms a hit against the table itself.
 */
final class KeyHashes {

    /** Marks a free slot; a key whose hash is 0 is stored as {@link #ZERO}. */
    private static final long FREE = 0;
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] slots = new long[64];
    private int size;

    /** The hash of a case key: FNV-1a over the municipality and the id's characters, then mixed. */
    static long of(int municipality, String caseId) {
        long h = 0xCBF29CE484222325L ^ municipality;
        h *= 0x100000001B3L;
        for (int i = 0; i < caseId.length(); i++) {
            h ^= caseId.charAt(i);
            h *= 0x100000001B3L;
        }
        // MurmurHash3's finaliser spreads the bits the probe uses.
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == FREE ? ZERO : h;
    }

    int size() {
        return size;
    }

    boolean contains(long hash) {
        long[] table = slots;
        int mask = table.length - 1;
        for (int i = (int) hash & mask;; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == hash) {
                return true;
            }
            if (slot == FREE) {
                return false;
            }
        }
    }

    /** Adds {@code hash}; false when it was there already. */
    boolean add(long hash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, hash)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask;; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == hash) {
                return false;
            }
            if (slot == FREE) {
                table[i] = hash;
                return true;
            }
        }
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long slot : slots) {
            if (slot != FREE) {
                insert(larger, slot);
            }
        }
        slots = larger;
    }
}

package se.isu.analysis.stats;

/**
 * How many rows have each distinct non-zero bit mask (the options a case chose together): an open
 * addressing table, so that a row costs one look-up however many options it has, and whatever is
 * counted per option or pair of options is spread from the few distinct masks afterwards (the way a
 * database groups by the combination first). Rows with mask 0 are counted apart.
 */
public final class MaskCounts {

    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private int size;
    private long zeros;

    /** Counts one row with {@code mask}. */
    public void add(long mask) {
        add(mask, 1);
    }

    /** Counts {@code count} rows with {@code mask}. */
    public void add(long mask, long count) {
        if (mask == 0) {
            zeros += count;
            return;
        }
        int slot = slot(mask);
        while (true) {
            long key = keys[slot];
            if (key == mask) {
                counts[slot] += count;
                return;
            }
            if (key == 0) {
                keys[slot] = mask;
                counts[slot] = count;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
    }

    private int slot(long mask) {
        return (int) ((mask * 0x9E3779B97F4A7C15L) >>> 32) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    /** Adds another's counts to these. */
    public MaskCounts addAll(MaskCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(other.keys[i], other.counts[i]);
            }
        }
        zeros += other.zeros;
        return this;
    }

    /** The rows counted with mask 0. */
    public long zeros() {
        return zeros;
    }

    /** What is done with each distinct non-zero mask and its count. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long mask, long count);
    }

    /** Visits each distinct non-zero mask with its count. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }
}

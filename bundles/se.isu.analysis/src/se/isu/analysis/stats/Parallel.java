package se.isu.analysis.stats;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BinaryOperator;

/**
 * Counting over many rows on two threads: the words of a row selection (64 rows each, as in
 * {@link java.util.BitSet#toLongArray()}) are split into two halves, each counted into a state of its
 * own, and the states merged. Counts and integer sums merge exactly, so the result is the one a single
 * pass gives. A selection of fewer than {@link #MIN_WORDS} words, or a machine with one processor, is
 * counted on the caller's thread alone.
 * <p>
 * The second half is handed to a shared daemon thread; if that thread has not started it by the time
 * the caller has counted the first half (it is busy with another analysis), the caller counts it too, so
 * a split never waits on other work.
 */
public final class Parallel {

    /** Below this many words (131,072 rows) a second thread costs more than it saves. */
    public static final int MIN_WORDS = 2048;

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "isu-analysis-worker");
        thread.setDaemon(true);
        return thread;
    });

    /** Set while {@link #sequentially} runs on a thread. */
    private static final ThreadLocal<Boolean> ONE_THREAD = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private Parallel() {
    }

    /**
     * Runs {@code task} with every split on its thread counted on that thread alone: the same results,
     * for comparing the two ways (the tests) or measuring one thread.
     */
    public static <T> T sequentially(java.util.function.Supplier<T> task) {
        boolean before = ONE_THREAD.get();
        ONE_THREAD.set(Boolean.TRUE);
        try {
            return task.get();
        } finally {
            ONE_THREAD.set(before);
        }
    }

    /** What is counted over the words {@code fromWord} (inclusive) to {@code toWord} (exclusive). */
    @FunctionalInterface
    public interface Part<T> {
        T count(int fromWord, int toWord);
    }

    /** Counts {@code words} words in two halves where that pays, else in one, and merges the states. */
    public static <T> T split(int words, Part<T> part, BinaryOperator<T> merge) {
        return split(words, part, merge, words >= MIN_WORDS && PROCESSORS > 1 && !ONE_THREAD.get());
    }

    /**
     * Counts in two halves when {@code twoThreads}, else in one; the tests use it to compare the two.
     */
    public static <T> T split(int words, Part<T> part, BinaryOperator<T> merge, boolean twoThreads) {
        if (!twoThreads || words < 2) {
            return part.count(0, words);
        }
        int middle = words >>> 1;
        AtomicBoolean claimed = new AtomicBoolean();
        Future<T> second = WORKERS.submit(() -> claimed.compareAndSet(false, true) ? part.count(middle, words) : null);
        T first = part.count(0, middle);
        T rest;
        if (claimed.compareAndSet(false, true)) {
            second.cancel(false);
            rest = part.count(middle, words);
        } else {
            try {
                rest = second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return merge.apply(first, rest);
    }
}

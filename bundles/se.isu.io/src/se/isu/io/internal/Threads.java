package se.isu.io.internal;

/** Waiting for the importers' helper threads. */
public final class Threads {

    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, even when interrupted meanwhile: a reading or storing thread
     * must be done with its file and its transaction before the import returns. The interrupt is kept
     * for the caller.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

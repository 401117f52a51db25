package nl.heemstede.participatie.core.loading;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Work on a daemon thread of its own that the caller waits for with a timeout: the way to bound a call into the
 * engine, which cannot be interrupted. A task that overran is interrupted and abandoned; it does not keep the JVM
 * up, and its result is never used.
 */
public final class DaemonTask<T> {

    private final Thread thread;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile long endedAt;

    private DaemonTask(String name, Supplier<T> work) {
        this.thread = new Thread(() -> {
            try {
                T value = work.get();
                endedAt = System.nanoTime();
                result.complete(value);
            } catch (Throwable t) { // an Error included: the caller gets it, and this thread ends normally
                endedAt = System.nanoTime();
                result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts the work on a new daemon thread with the given name. */
    public static <T> DaemonTask<T> start(String name, Supplier<T> work) {
        DaemonTask<T> task = new DaemonTask<>(name, work);
        task.thread.start();
        return task;
    }

    /**
     * The result, waiting at most the given time; what the work threw is thrown as it was (a checked exception,
     * which the work cannot throw, wrapped).
     *
     * @throws TimeoutException when the work did not end in time; it goes on until {@link #abandon()}
     */
    public T await(long nanos) throws TimeoutException {
        try {
            return result.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + thread.getName() + ".", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Gives the work up: interrupts it, and its result is never used. Work that ignores interrupts (an engine
     * evaluating a runaway expression) runs on as a daemon until it ends by itself.
     */
    public void abandon() {
        thread.interrupt();
    }

    /** When the work ended, in {@link System#nanoTime()}; valid once {@link #await} returned or threw its failure. */
    public long endedAt() {
        return endedAt;
    }

    /** Whether the work has ended, with a result or a failure. */
    boolean done() {
        return result.isDone();
    }
}

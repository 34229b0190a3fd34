package trade.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per item on a fixed number of threads and returns the results in item order, so
 * an audit's outcome does not depend on which task finished first.
 */
final class WorkerThreads {
    private WorkerThreads() {}

    /** {@code task} applied to every item on {@code threads} threads; a task's exception is rethrown as is. */
    static <T, R> List<R> map(int threads, List<T> items, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> task.apply(item)));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) results.add(f.get());
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for audit tasks", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

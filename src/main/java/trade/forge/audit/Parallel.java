package trade.forge.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs an audit's independent tasks on the scope's threads, results in task order. */
final class Parallel {
    private Parallel() {}

    static <T> List<T> run(int threads, List<Callable<T>> tasks) {
        if (threads == 1 || tasks.size() < 2) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) out.add(call(task));
            return out;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()))) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

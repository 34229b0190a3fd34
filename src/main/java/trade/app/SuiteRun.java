package trade.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import trade.core.Issue;
import trade.core.PlayException;
import trade.play.PlayCheck;

/**
 * Every Play of a folder loaded, checked and backtested on synthetic candles of its validation
 * pattern (a fallback pattern for Plays without one), in parallel, each within a time budget.
 * Used by {@code play validate suite} and by the {@code full} tier.
 *
 * @param expected Plays (path under {@code dir}) that must be rejected, with the codes they must carry
 */
public record SuiteRun(Path dir, Map<String, Set<String>> expected, long seed, String fallbackPattern, int budgetSeconds, int threads, Path out) {
    /** The outcome of one Play. */
    public enum Status { OK, NO_TRADES, REJECTED_AS_EXPECTED, FAILED }

    public record Row(String play, String folder, Status status, int trades, String stopReason, double seconds, String reason) {}

    /** Runs every Play; a progress line goes to {@code progress} unless it is null. */
    public List<Row> run(PrintWriter progress) {
        List<Path> plays = PlayLocator.playFiles(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "suite");
            t.setDaemon(true); // a Play over its budget must not keep the JVM alive
            return t;
        });
        try {
            List<Future<Row>> futures = plays.stream().map(p -> pool.submit(() -> one(p))).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                String relative = relative(plays.get(i));
                try {
                    rows.add(futures.get(i).get(budgetSeconds, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    futures.get(i).cancel(true);
                    rows.add(new Row(relative, folder(relative), Status.FAILED, 0, "", budgetSeconds, "over the time budget of " + budgetSeconds + " s"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PlayException.RunFailed("interrupted", e);
                } catch (ExecutionException e) {
                    rows.add(new Row(relative, folder(relative), Status.FAILED, 0, "", 0, String.valueOf(e.getCause())));
                }
                if (progress != null) {
                    progress.print("\rsuite: " + (i + 1) + "/" + futures.size() + " Plays");
                    progress.flush();
                }
            }
            if (progress != null) progress.println();
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private Row one(Path play) {
        String relative = relative(play);
        String folder = folder(relative);
        long start = System.nanoTime();
        PlayCheck check = PlayCheck.of(play);
        Set<String> wanted = expected.get(relative);
        if (!check.valid()) {
            Set<String> codes = new TreeSet<>(check.errors().stream().map(Issue::code).toList());
            String reason = check.errors().getFirst().code() + ": " + check.errors().getFirst().message();
            boolean asExpected = wanted != null && codes.containsAll(wanted);
            return new Row(relative, folder, asExpected ? Status.REJECTED_AS_EXPECTED : Status.FAILED, 0, "", seconds(start),
                    asExpected ? reason : "rejected: " + reason);
        }
        if (wanted != null) return new Row(relative, folder, Status.FAILED, 0, "", seconds(start), "valid, but expected to be rejected with " + wanted);
        try {
            BacktestRun.Outcome outcome = new BacktestRun(play, new BacktestRun.Source.Synthetic(seed, null, fallbackPattern), out, null).run();
            int trades = outcome.result().trades().size();
            String stop = outcome.result().stopReason() == null ? "end of data" : outcome.result().stopReason();
            return new Row(relative, folder, trades > 0 ? Status.OK : Status.NO_TRADES, trades, stop, seconds(start), "");
        } catch (RuntimeException e) {
            return new Row(relative, folder, Status.FAILED, 0, "", seconds(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Per folder: counts by status ({@link Status} order), then the total at index 4. */
    static Map<String, int[]> perFolder(List<Row> rows) {
        Map<String, int[]> perFolder = new TreeMap<>();
        for (Row r : rows) perFolder.computeIfAbsent(r.folder(), f -> new int[5])[r.status().ordinal()]++;
        perFolder.values().forEach(c -> c[4] = c[0] + c[1] + c[2] + c[3]);
        return perFolder;
    }

    /** The Markdown table per folder, then one line per failed or rejected Play with its reason. */
    public static String table(List<Row> rows) {
        StringBuilder o = new StringBuilder();
        o.append("| folder | plays | ran, traded | ran, no trades | rejected as expected | failed |\n");
        o.append("|---|---:|---:|---:|---:|---:|\n");
        int[] total = new int[5];
        perFolder(rows).forEach((f, c) -> {
            o.append("| ").append(f).append(" | ").append(c[4]).append(" | ").append(c[0]).append(" | ").append(c[1])
                    .append(" | ").append(c[2]).append(" | ").append(c[3]).append(" |\n");
            for (int i = 0; i < 5; i++) total[i] += c[i];
        });
        o.append("| **total** | ").append(total[4]).append(" | ").append(total[0]).append(" | ").append(total[1]).append(" | ")
                .append(total[2]).append(" | ").append(total[3]).append(" |\n");
        for (Row r : rows) {
            if (r.status() == Status.FAILED || r.status() == Status.REJECTED_AS_EXPECTED) {
                o.append(r.status() == Status.FAILED ? "FAILED   " : "rejected ").append(r.play()).append(": ").append(r.reason()).append('\n');
            }
        }
        return o.toString();
    }

    /** The machine form: counts per folder and one entry per Play. */
    public static Map<String, Object> json(List<Row> rows) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> folders = new LinkedHashMap<>();
        perFolder(rows).forEach((f, c) -> folders.put(f, Map.of("plays", c[4], "ok", c[0], "no_trades", c[1], "rejected_as_expected", c[2], "failed", c[3])));
        data.put("folders", folders);
        data.put("plays", rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("play", r.play());
            m.put("status", r.status().name().toLowerCase());
            m.put("trades", r.trades());
            m.put("stop_reason", r.stopReason());
            m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            m.put("reason", r.reason());
            return m;
        }).toList());
        return data;
    }

    private String relative(Path play) { return dir.relativize(play).toString().replace('\\', '/'); }

    private static String folder(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? "." : relative.substring(0, slash);
    }

    private static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }
}

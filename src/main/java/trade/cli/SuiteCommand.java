package trade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import trade.core.Issue;
import trade.core.PlayException;
import trade.play.PlayCheck;

/**
 * {@code play validate suite DIR}: every Play of a folder is loaded, checked and backtested on
 * synthetic candles of its validation pattern (a default pattern for Plays without one), in
 * parallel, each within a time budget. The table per folder says how many ran and traded, which
 * were rejected (as expected, when an expectations file names them) and every failure's reason.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Load, check and synthetically backtest every Play of a folder; a table per folder, failures with reasons.")
final class SuiteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of Plays, walked recursively")
    Path dir;

    @Option(names = "--seed", description = "Seed of the synthetic candles (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--pattern", description = "Pattern for Plays without validation: (default ${DEFAULT-VALUE})", defaultValue = "trend_up_clean")
    String fallbackPattern;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "Time budget per Play (default ${DEFAULT-VALUE} s)", defaultValue = "120")
    int budgetSeconds;

    @Option(names = "--threads", description = "Plays run at once (default: all cores)")
    Integer threads;

    @Option(names = "--expect-rejects", paramLabel = "FILE",
            description = "Lines '<path under DIR> CODE[,CODE]  # why': Plays that must be rejected with those codes")
    Path expectations;

    @Option(names = "--out", description = "Artifact root folder (default ${DEFAULT-VALUE})", defaultValue = "backtests/suite")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    /** The outcome of one Play. */
    enum Status { OK, NO_TRADES, REJECTED_AS_EXPECTED, FAILED }

    record Row(String play, String folder, Status status, int trades, String stopReason, double seconds, String reason) {}

    @Override
    public Integer call() {
        try {
            if (!Files.isDirectory(dir)) throw new PlayException.BadInput("not a folder: " + dir);
            if (budgetSeconds < 1) throw new PlayException.BadInput("--budget must be at least 1 second");
            Map<String, Set<String>> expected = expectations == null ? Map.of() : expectations(expectations);
            List<Path> plays;
            try (Stream<Path> walk = Files.walk(dir)) {
                plays = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
            }
            List<Row> rows = run(plays, expected);
            print(rows);
            return rows.stream().anyMatch(r -> r.status() == Status.FAILED) ? ExitCodes.RUN_FAILED : ExitCodes.OK;
        } catch (IOException e) {
            return output.failure(new PlayException.BadInput("cannot read " + dir + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            return output.failure(e);
        }
    }

    private List<Row> run(List<Path> plays, Map<String, Set<String>> expected) {
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "suite");
            t.setDaemon(true); // a Play over its budget must not keep the JVM alive
            return t;
        });
        try {
            List<Future<Row>> futures = plays.stream().map(p -> pool.submit(() -> one(p, expected))).toList();
            List<Row> rows = new ArrayList<>();
            PrintWriter err = output.err();
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
                if (!output.json) {
                    err.print("\rsuite: " + (i + 1) + "/" + futures.size() + " Plays");
                    err.flush();
                }
            }
            if (!output.json) err.println();
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private Row one(Path play, Map<String, Set<String>> expected) {
        String relative = relative(play);
        String folder = folder(relative);
        long start = System.nanoTime();
        PlayCheck check = PlayCheck.of(play);
        Set<String> wanted = expected.get(relative);
        if (!check.valid()) {
            Set<String> codes = new java.util.TreeSet<>(check.errors().stream().map(Issue::code).toList());
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

    private void print(List<Row> rows) {
        Map<String, int[]> perFolder = new TreeMap<>();
        for (Row r : rows) perFolder.computeIfAbsent(r.folder(), f -> new int[5])[r.status().ordinal()]++;
        perFolder.values().forEach(c -> c[4] = c[0] + c[1] + c[2] + c[3]);
        if (output.json) {
            Map<String, Object> data = new LinkedHashMap<>();
            Map<String, Object> folders = new LinkedHashMap<>();
            perFolder.forEach((f, c) -> folders.put(f, Map.of("plays", c[4], "ok", c[0], "no_trades", c[1], "rejected_as_expected", c[2], "failed", c[3])));
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
            long failed = rows.stream().filter(r -> r.status() == Status.FAILED).count();
            output.printJson(OutputOptions.envelope(failed == 0 ? "ok" : "error", rows.size() + " Plays, " + failed + " failed", data));
            return;
        }
        PrintWriter o = output.out();
        o.println("| folder | plays | ran, traded | ran, no trades | rejected as expected | failed |");
        o.println("|---|---:|---:|---:|---:|---:|");
        int[] total = new int[5];
        perFolder.forEach((f, c) -> {
            o.println("| " + f + " | " + c[4] + " | " + c[0] + " | " + c[1] + " | " + c[2] + " | " + c[3] + " |");
            for (int i = 0; i < 5; i++) total[i] += c[i];
        });
        o.println("| **total** | " + total[4] + " | " + total[0] + " | " + total[1] + " | " + total[2] + " | " + total[3] + " |");
        for (Row r : rows) {
            if (r.status() == Status.FAILED || r.status() == Status.REJECTED_AS_EXPECTED) {
                o.println((r.status() == Status.FAILED ? "FAILED   " : "rejected ") + r.play() + ": " + r.reason());
            }
        }
        o.flush();
    }

    private String relative(Path play) { return dir.relativize(play).toString().replace('\\', '/'); }

    private static String folder(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? "." : relative.substring(0, slash);
    }

    private static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }

    /** The expectations file: {@code <path> CODE[,CODE]  # reason} per line. */
    static Map<String, Set<String>> expectations(Path file) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String body = line.replaceAll("#.*", "").trim();
            if (body.isEmpty()) continue;
            String[] parts = body.split("\\s+");
            if (parts.length != 2) throw new PlayException.BadInput(file + ":" + n + ": expected '<play path> CODE[,CODE]', found '" + body + "'");
            out.put(parts[0], Set.copyOf(Arrays.asList(parts[1].split(","))));
        }
        return out;
    }
}

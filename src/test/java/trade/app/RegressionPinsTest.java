package trade.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.data.CandleFile;
import trade.play.PlayCheck;
import trade.synth.SyntheticMarket;

/**
 * Regression pins, as Lean's regression algorithms pin {@code ExpectedStatistics} and
 * {@code OrderListHash}: every Play of the conformance corpus and of {@code plays/}, backtested
 * through {@link BacktestRun} on seed-42 synthetic candles, plus a few runs from generated candle
 * files, must give the trades count, stop reason, trades hash and equity hash recorded in
 * {@code src/test/resources/regression/pins.tsv}. Plays that fail validation are pinned as
 * {@code rejected}, so a Play that starts or stops being rejected shows up as a difference.
 * {@code -Dregression.update=true} rewrites the table instead; see {@code docs/regression.md}.
 */
class RegressionPinsTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final Path PINS = ROOT.resolve("src/test/resources/regression/pins.tsv");
    private static final boolean UPDATE = Boolean.getBoolean("regression.update");
    private static final String HEADER = "key\tstatus\ttrades\tstop_reason\ttrades_hash\tequity_hash";
    private static final long SEED = 42;

    /** Candle files: a different seed than the synthetic runs, so the file runs see other markets. */
    private static final long FILE_SEED = 7;
    /** 300 days of 1m candles: more than the warm-up plus 200 daily bars that V_CORE_001..003 need. */
    private static final int FILE_MINUTES = 300 * 1440;
    /** Candle file name → the core Plays run on it; one trend, one reversal, one range market, both formats. */
    private static final Map<String, List<String>> FILE_RUNS = Map.of(
            "trend_up_clean.csv", List.of("V_CORE_001", "V_CORE_002"),
            "reversal_v_bottom.parquet", List.of("V_CORE_001", "V_CORE_003"),
            "range_wide.csv", List.of("V_CORE_002", "V_CORE_003"));

    /** One pinned run; a rejected Play has {@code -} in every result column. */
    record Pin(String key, String status, String trades, String stopReason, String tradesHash, String equityHash) {
        static final List<String> COLUMNS = List.of(HEADER.split("\t"));

        static Pin rejected(String key) { return new Pin(key, "rejected", "-", "-", "-", "-"); }

        static Pin ran(String key, BacktestRun.Outcome o) {
            String stop = o.result().stopReason() == null ? "end of data" : o.result().stopReason();
            return new Pin(key, "ran", String.valueOf(o.result().trades().size()), stop,
                    (String) o.summary().get("trades_hash"), (String) o.summary().get("equity_hash"));
        }

        /** A run that threw: never written to the table (update refuses), shown as a difference. */
        static Pin failed(String key, RuntimeException e) {
            return new Pin(key, "failed", "-", (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " "), "-", "-");
        }

        List<String> values() { return List.of(key, status, trades, stopReason, tradesHash, equityHash); }

        static Pin parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS.size()) throw new IllegalStateException(PINS + ": expected " + COLUMNS.size() + " columns: " + line);
            return new Pin(f[0], f[1], f[2], f[3], f[4], f[5]);
        }
    }

    @TempDir
    Path tmp;

    @Test
    void everyRunGivesItsPinnedResults() throws Exception {
        Path corpus = corpus();
        if (corpus == null) {
            // CI must not go green without the corpus: that would silently drop most of the pins
            assertFalse("true".equals(System.getenv("CI")), "CI=true but no conformance corpus (PLAY_CONFORMANCE_DIR, ../shared/conformance/plays)");
            assumeTrue(false, "no conformance corpus (set PLAY_CONFORMANCE_DIR); regression pins not checked");
        }
        Map<String, Callable<Pin>> runs = new TreeMap<>();
        Path plays = ROOT.resolve("plays");
        addPlays(runs, "corpus/", corpus);
        addPlays(runs, "plays/", plays);
        for (var file : FILE_RUNS.entrySet()) {
            Path candles = candleFile(file.getKey());
            for (String id : file.getValue()) {
                String key = "file/" + file.getKey() + "/" + id;
                Path play = PlayLocator.locate(id, plays);
                runs.put(key, () -> fileRun(key, play, candles));
            }
        }
        Map<String, Pin> now = runAll(runs);

        if (UPDATE) {
            List<String> failed = now.values().stream().filter(p -> p.status().equals("failed")).map(Pin::toString).toList();
            assertTrue(failed.isEmpty(), "not pinning failed runs:\n" + String.join("\n", failed));
            List<String> lines = new ArrayList<>(List.of(HEADER));
            now.values().forEach(p -> lines.add(String.join("\t", p.values())));
            Files.createDirectories(PINS.getParent());
            Files.writeString(PINS, String.join("\n", lines) + "\n");
            return;
        }
        assertTrue(Files.exists(PINS), "no " + PINS + " (run with -Dregression.update=true and review it)");
        List<String> differences = differences(pinned(), now);
        if (!differences.isEmpty()) {
            fail(differences.size() + " difference(s) from " + PINS + " (" + counts(now)
                    + "); a pin may change only with an entry in docs/regression.md:\n" + String.join("\n", differences));
        }
    }

    /** {@code PLAY_CONFORMANCE_DIR}, else the folders {@code .ci/run} looks in; null when none exists. */
    private static Path corpus() {
        String env = System.getenv("PLAY_CONFORMANCE_DIR");
        List<Path> candidates = env != null ? List.of(Path.of(env))
                : List.of(ROOT.resolve("../shared/conformance/plays").normalize(), Path.of("/work/shared/conformance/plays"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    private void addPlays(Map<String, Callable<Pin>> runs, String prefix, Path dir) {
        for (Path play : PlayLocator.playFiles(dir)) {
            String key = prefix + dir.relativize(play).toString().replace('\\', '/');
            runs.put(key, () -> playRun(key, play));
        }
    }

    private Pin playRun(String key, Path play) {
        if (!PlayCheck.of(play).valid()) return Pin.rejected(key);
        return run(key, play, new BacktestRun.Source.Synthetic(SEED, null, PlayGates.FALLBACK_PATTERN));
    }

    private Pin fileRun(String key, Path play, Path candles) {
        return run(key, play, new BacktestRun.Source.File(candles, CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private Pin run(String key, Path play, BacktestRun.Source source) {
        try {
            // a folder per run: the CSV and Parquet runs of the same candles share a run folder name
            return Pin.ran(key, new BacktestRun(play, source, tmp.resolve("runs").resolve(key), null).run());
        } catch (RuntimeException e) {
            return Pin.failed(key, e);
        }
    }

    /** The file's pattern is its name up to the extension, which picks the format. */
    private Path candleFile(String name) {
        String pattern = name.substring(0, name.lastIndexOf('.'));
        Path file = tmp.resolve(name);
        CandleFile.write(file, SyntheticMarket.generate(pattern, FILE_MINUTES, FILE_SEED, SyntheticMarket.BASE_TIMESTAMP_MS, "BTCUSDT"));
        return file;
    }

    /** Runs on every core, results in key order. */
    private static Map<String, Pin> runAll(Map<String, Callable<Pin>> runs) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<String, Future<Pin>> futures = new TreeMap<>();
            runs.forEach((key, run) -> futures.put(key, pool.submit(run)));
            Map<String, Pin> out = new TreeMap<>();
            for (var f : futures.entrySet()) out.put(f.getKey(), f.getValue().get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Pin> pinned() throws IOException {
        List<String> lines = Files.readAllLines(PINS);
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) throw new IllegalStateException(PINS + ": the first line must be the header " + HEADER);
        Map<String, Pin> out = new TreeMap<>();
        lines.stream().skip(1).filter(l -> !l.isBlank()).map(Pin::parse).forEach(p -> out.put(p.key(), p));
        return out;
    }

    /** Every differing column of every run, then the keys only one side has. */
    private static List<String> differences(Map<String, Pin> pinned, Map<String, Pin> now) {
        List<String> out = new ArrayList<>();
        for (var n : now.entrySet()) {
            Pin p = pinned.get(n.getKey());
            if (p == null) continue;
            List<String> was = p.values(), is = n.getValue().values();
            for (int c = 1; c < Pin.COLUMNS.size(); c++) {
                if (!was.get(c).equals(is.get(c))) out.add(n.getKey() + "  " + Pin.COLUMNS.get(c) + ": pinned " + was.get(c) + ", now " + is.get(c));
            }
        }
        pinned.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> out.add(k + "  missing: pinned, not run now"));
        now.keySet().stream().filter(k -> !pinned.containsKey(k)).forEach(k -> out.add(k + "  extra: run now, not pinned"));
        return out;
    }

    /** How many runs of each kind and status, e.g. {@code corpus ran 275, corpus rejected 15, ...}. */
    private static String counts(Map<String, Pin> now) {
        Map<String, Integer> counts = new TreeMap<>();
        now.values().forEach(p -> counts.merge(p.key().substring(0, p.key().indexOf('/')) + " " + p.status(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}

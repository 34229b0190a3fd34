package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.data.CandleFile;
import trade.fixtures.CandleFiles;
import trade.report.CanonicalJson;

/**
 * {@code play backtest --candles}: the synthetic candles of a run, written to CSV and to Parquet,
 * run again from the file give the same trades and equity (so the same hashes) as in memory.
 */
class CandleFileBacktestTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final Path PLAY = PlayLocator.locate("V_CORE_001", ROOT.resolve("plays"));

    @TempDir
    static Path dir;
    static BacktestRun.Outcome inMemory, fromCsv, fromParquet;
    static Path csv, parquet;

    @BeforeAll
    static void runInMemoryThenFromBothFiles() {
        inMemory = new BacktestRun(PLAY, new BacktestRun.Source.Synthetic(42, null, null), dir.resolve("memory"), null).run();
        csv = CandleFiles.writeCsv(dir.resolve("candles.csv"), inMemory.candles());
        parquet = CandleFiles.writeParquet(dir.resolve("candles.parquet"), inMemory.candles());
        fromCsv = fromFile(csv, "csv");
        fromParquet = fromFile(parquet, "parquet");
    }

    private static BacktestRun.Outcome fromFile(Path file, String out) {
        return new BacktestRun(PLAY, new BacktestRun.Source.File(file, CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE),
                dir.resolve(out), null).run();
    }

    record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void csvAndParquetGiveTheRunTheSameCandlesGaveInMemory() throws IOException {
        assertFalse(inMemory.result().trades().isEmpty(), "the comparison needs trades");
        for (BacktestRun.Outcome file : List.of(fromCsv, fromParquet)) {
            for (String h : List.of("data_hash", "play_hash", "trades_hash", "equity_hash", "run_hash")) {
                assertEquals(inMemory.summary().get(h), file.summary().get(h), h);
            }
            // the source differs (file, no seed or pattern), so the run identity differs
            assertNotEquals(inMemory.summary().get("input_hash"), file.summary().get("input_hash"));
            Map<?, ?> manifest = (Map<?, ?>) CanonicalJson.parse(Files.readString(file.artifacts().resolve("run_manifest.json")));
            assertEquals("file", manifest.get("data_source_id"));
            assertEquals(inMemory.summary().get("data_hash"), manifest.get("data_hash"));
        }
    }

    @Test
    void theSameCandlesInEitherFormatAreTheSameRunFolder() {
        assertEquals(fromCsv.summary().get("input_hash"), fromParquet.summary().get("input_hash"));
        assertEquals(fromCsv.artifacts().getFileName(), fromParquet.artifacts().getFileName());
    }

    @Test
    void startAndEndCutTheWindowThroughTheCli() {
        Path out = dir.resolve("cut");
        Run r = cli("backtest", PLAY.toString(), "--candles", csv.toString(), "--start", "2025-02-01", "--end", "2025-06-01 12:00", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("file candles.csv"), r.out());
        // 2025-02-01 00:00 to 2025-06-01 12:00 is 120.5 days of 1m candles
        assertTrue(r.out().matches("(?s).*candles \\(1m\\)\\s+173520\\n.*"), r.out());
        String window = r.out().lines().filter(l -> l.startsWith("window")).findFirst().orElseThrow();
        assertTrue(window.compareTo("window             2025-02-01") > 0 && window.contains(".. 2025-06-01T"), window);
    }

    @Test
    void openPrintsTheReportPath() {
        Run r = cli("backtest", PLAY.toString(), "--candles", parquet.toString(), "--open", "--out", dir.resolve("open").toString());
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow();
        Path report = Path.of(line.substring("report: ".length()));
        assertTrue(report.isAbsolute() && Files.isRegularFile(report) && report.endsWith("report.html"), line);
    }

    @Test
    void aBadRowStopsEverythingBeforeAnythingIsWritten() throws IOException {
        List<String> lines = new ArrayList<>(CandleFiles.csvLines(inMemory.candles()).subList(0, 5000));
        String[] f = lines.get(4321).split(",");
        lines.set(4321, String.join(",", f[0], f[1], f[4], f[3], "1.0E9", f[5]));
        Path bad = CandleFiles.writeLines(dir.resolve("bad.csv"), lines);
        Path out = dir.resolve("never");
        Run r = cli("backtest", PLAY.toString(), "--candles", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(bad + ":4322: high "), r.err());
        assertTrue(r.err().contains("expected high ≥ max(open, close)"), r.err());
        assertFalse(Files.exists(out), "nothing may be written on bad input");
    }

    @Test
    void optionsOfTheOtherSourceAreRefused() {
        String out = dir.resolve("refused").toString();
        for (String[] args : List.of(
                new String[] {"--candles", csv.toString(), "--synthetic"},
                new String[] {"--candles", csv.toString(), "--seed", "7"},
                new String[] {"--start", "2025-01-02"},
                new String[] {"--candles", csv.toString(), "--start", "2025-03-01", "--end", "2025-02-01"},
                new String[] {"--candles", csv.toString(), "--start", "01/02/2025"},
                new String[] {"--candles", csv.toString(), "--columns", "hi=high"})) {
            List<String> all = new ArrayList<>(List.of("backtest", PLAY.toString(), "--out", out));
            all.addAll(List.of(args));
            Run r = cli(all.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().isBlank());
        }
        assertFalse(Files.exists(Path.of(out)));
    }
}

package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.PlayException;
import trade.data.ParquetTables;
import trade.data.RunFolder;
import trade.report.ArtifactTables;
import trade.report.CanonicalJson;

/**
 * {@code play debug determinism} on two real runs of the same inputs, then on copies with one
 * value changed in a Parquet file; and the artifact gate refusing such a folder.
 */
class DeterminismCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));

    @TempDir
    static Path dir;
    static Path runA, runB;
    static double initialEquity;

    @BeforeAll
    static void runTwice() {
        Path play = PlayLocator.locate("V_CORE_001", ROOT.resolve("plays"));
        BacktestRun.Source source = new BacktestRun.Source.Synthetic(42, null, null);
        BacktestRun.Outcome a = new BacktestRun(play, source, dir.resolve("a"), null).run();
        runA = a.artifacts();
        runB = new BacktestRun(play, source, dir.resolve("b"), null).run().artifacts();
        initialEquity = a.result().initialEquity();
    }

    record Run(int code, String out, String err) {}

    private static Run determinism(Path a, Path b, String... more) {
        List<String> args = new ArrayList<>(List.of("debug", "determinism", "--run-a", a.toString(), "--run-b", b.toString()));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A copy of run B whose {@code file} has {@code column} of row {@code row} set to {@code value}. */
    private static Path copyWithChange(String name, String file, int row, String column, Object value) throws IOException {
        Path copy = dir.resolve(name).resolve(runB.getFileName());
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(runB)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        rewrite(copy.resolve(file), row, column, value);
        return copy;
    }

    private static void rewrite(Path parquet, int row, String column, Object value) {
        ParquetTables.Table t = ParquetTables.read(parquet);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : t.rows()) rows.add(new LinkedHashMap<>(r));
        rows.get(row).put(column, value);
        ParquetTables.write(parquet, t.columns(), rows);
    }

    @Test
    void twoRunsOfTheSameInputsAreIdentical() {
        Run r = determinism(runA, runB);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Determinism verified"), r.out());
        assertTrue(r.out().matches("(?s).*trades_hash\\s+[0-9a-f]{12}\\s+[0-9a-f]{12}\\s+match.*"), r.out());
    }

    @Test
    void aChangedEquityPointIsNamed() throws IOException {
        ParquetTables.Table equity = ParquetTables.read(runB.resolve("equity.parquet"));
        Map<String, Object> point = equity.rows().get(17);
        double original = (Double) point.get("equity");
        Path changed = copyWithChange("equity-changed", "equity.parquet", 17, "equity", original + 0.01);
        Run r = determinism(runA, changed);
        assertEquals(1, r.code(), r.out() + r.err());
        String expected = "first equity difference: equity point 17 (bar_idx " + point.get("bar_idx") + ", "
                + ArtifactTables.isoSeconds((Long) point.get("ts_ms")) + ") column equity: run A " + original + ", run B " + (original + 0.01);
        assertTrue(r.out().contains(expected), r.out());
        assertTrue(r.out().contains("Determinism mismatch"), r.out());
    }

    @Test
    void aChangedTradeIsNamedInJson() throws IOException {
        ParquetTables.Table trades = ParquetTables.read(runB.resolve("trades.parquet"));
        assertTrue(trades.rows().size() > 3);
        Path changed = copyWithChange("trade-changed", "trades.parquet", 2, "exit_price", 1.5);
        Run r = determinism(runA, changed, "--json");
        assertEquals(1, r.code(), r.out() + r.err());
        Map<?, ?> envelope = (Map<?, ?>) CanonicalJson.parse(r.out());
        assertEquals("fail", envelope.get("status"));
        assertEquals("Determinism mismatch", envelope.get("message"));
        Map<?, ?> data = (Map<?, ?>) envelope.get("data");
        assertEquals(false, data.get("passed"));
        Map<?, ?> diff = (Map<?, ?>) data.get("first_trade_difference");
        assertEquals(2L, diff.get("index"));
        assertEquals("trade_003", diff.get("row"));
        assertEquals(trades.rows().get(2).get("entry_time"), diff.get("time"));
        assertEquals("exit_price", diff.get("column"));
        assertEquals(trades.rows().get(2).get("exit_price"), diff.get("run_a"));
        assertEquals(1.5, diff.get("run_b"));
        // the recorded hashes still agree: only the row comparison catches an edited file
        List<?> hashes = (List<?>) data.get("hash_comparisons");
        assertTrue(hashes.stream().allMatch(h -> Boolean.TRUE.equals(((Map<?, ?>) h).get("matches"))), hashes.toString());
    }

    @Test
    void anotherSeedDiffersInItsHashes() {
        Path play = PlayLocator.locate("V_CORE_001", ROOT.resolve("plays"));
        Path other = new BacktestRun(play, new BacktestRun.Source.Synthetic(7, null, null), dir.resolve("seed7"), null).run().artifacts();
        Run r = determinism(runA, other);
        assertEquals(1, r.code());
        assertTrue(r.out().matches("(?s).*trades_hash\\s+[0-9a-f]{12}\\s+[0-9a-f]{12}\\s+DIFFERS.*"), r.out());
        assertTrue(r.out().contains("run_hash"), r.out());
    }

    @Test
    void aMissingFolderIsBadInput() {
        Run r = determinism(runA, dir.resolve("nowhere"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a run folder"), r.err());
    }

    @Test
    void theGateRefusesAnEditedFolderAndPublishesNothing() throws IOException {
        Path target = dir.resolve("gate").resolve(runB.getFileName());
        PlayException.RunFailed e = assertThrows(PlayException.RunFailed.class, () -> RunFolder.write(target, tmp -> {
            try (Stream<Path> files = Files.list(runB)) {
                for (Path f : files.toList()) Files.copy(f, tmp.resolve(f.getFileName()));
            }
            rewrite(tmp.resolve("trades.parquet"), 0, "realized_pnl", 1_000.0);
            StoredRun.verify(tmp, target.getFileName().toString(), initialEquity);
        }));
        assertTrue(e.getMessage().contains("trades_hash of trades.parquet is "), e.getMessage());
        assertTrue(e.getMessage().contains("trade PnL + funding sums to "), e.getMessage());
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(List.of(), left.toList(), "neither the run folder nor a temp folder may remain");
        }
        assertFalse(Files.exists(target));
    }
}

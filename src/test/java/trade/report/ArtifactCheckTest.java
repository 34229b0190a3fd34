package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import trade.core.Timeframe;
import trade.engine.RunResult;

/** The gate on a consistent hand-made run folder, then on copies with one thing wrong each. */
class ArtifactCheckTest {
    private static final RunResult RUN = RunFixtures.run(Timeframe.H1, 1000, RunFixtures.workedTrades(),
            RunFixtures.curve(1000, 1100, 880, 880, 2000, 1700, 1900, 1050), 6); // trades net +50, equity +50
    private static final String PLAY_HASH = RunHashes.sha256Hex("demo play");
    private static final Map<String, Object> COMPONENTS = RunHashes.inputComponents(PLAY_HASH, List.of("BTCUSDT"), Timeframe.H1,
            List.of(Timeframe.H1), RUN.windowStartMs(), RUN.windowEndMs(), "synthetic");
    private static final RunHashes.InputHash INPUT = RunHashes.inputHash(COMPONENTS);
    private static final RunHashes HASHES = RunHashes.of(PLAY_HASH, INPUT.full(), RUN.trades(), RUN.equity());

    /** The folder as a run writes it, every document passed through its JSON text as on disk. */
    private static RunArtifacts folder(UnaryOperator<Map<String, Object>> editResult, Set<String> files,
                                       RunArtifacts.Table trades, RunArtifacts.Table equity, List<String> computedKeys) {
        Map<String, Object> result = editResult.apply(new LinkedHashMap<>(ResultDocument.result(RUN, Metrics.of(RUN), HASHES,
                new ResultDocument.RunInfo("x", 0.5, 1, "demo.yml", Map.of(), Map.of()))));
        Map<String, Object> manifest = ResultDocument.manifest(COMPONENTS, INPUT, "demo_play", Map.of(), RUN.equity().timeMs()[0], RunFixtures.T0);
        Map<String, Object> signature = ResultDocument.pipelineSignature(INPUT.shortHash(), "demo_play", PLAY_HASH, "demo.yml",
                List.of("ema_9", "macd.signal"), computedKeys, RunFixtures.T0);
        return RunArtifacts.of(INPUT.shortHash(), files, CanonicalJson.pretty(result), CanonicalJson.pretty(manifest),
                CanonicalJson.pretty(signature), trades, equity);
    }

    private static RunArtifacts.Table trades() {
        return new RunArtifacts.Table(ArtifactTables.tradeColumns(RUN.trades()), ArtifactTables.tradeRows(RUN.trades()));
    }

    private static RunArtifacts.Table equity() {
        return new RunArtifacts.Table(ArtifactTables.equityColumns(), ArtifactTables.equityRows(RUN.equity()));
    }

    private static RunArtifacts good() {
        return folder(d -> d, Set.copyOf(ArtifactCheck.REQUIRED_FILES), trades(), equity(), List.of("macd.signal", "ema_9"));
    }

    private static List<String> problems(RunArtifacts run) { return ArtifactCheck.problems(run, INPUT.shortHash(), 1000); }

    private static void assertProblem(List<String> problems, String part) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(part)), "expected a problem with '" + part + "' in " + problems);
    }

    @Test
    void aConsistentFolderPasses() {
        assertEquals(List.of(), problems(good()));
    }

    @Test
    void aMissingFileIsNamed() {
        Set<String> files = new HashSet<>(ArtifactCheck.REQUIRED_FILES);
        files.remove("report.html");
        assertEquals(List.of("report.html is missing"), problems(folder(d -> d, files, trades(), equity(), List.of("ema_9", "macd.signal"))));
    }

    @Test
    void anEditedEquityPointBreaksTheHashAndThePnlIdentity() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : equity().rows()) rows.add(new LinkedHashMap<>(r));
        rows.getLast().put("equity", 1050.5);
        List<String> p = problems(folder(d -> d, Set.copyOf(ArtifactCheck.REQUIRED_FILES), trades(),
                new RunArtifacts.Table(ArtifactTables.equityColumns(), rows), List.of("ema_9", "macd.signal")));
        assertProblem(p, "equity_hash of equity.parquet is ");
        assertProblem(p, "trade PnL + funding sums to 50.0 USDT but equity changed by 50.5 USDT");
    }

    @Test
    void aWrongSchemaIsNamed() {
        Map<String, String> columns = new LinkedHashMap<>(ArtifactTables.tradeColumns(RUN.trades()));
        columns.put("net_pnl", "VARCHAR");
        List<String> p = problems(folder(d -> d, Set.copyOf(ArtifactCheck.REQUIRED_FILES),
                new RunArtifacts.Table(columns, trades().rows()), equity(), List.of("ema_9", "macd.signal")));
        assertProblem(p, "trades.parquet has columns");
    }

    @Test
    void aMissingResultFieldIsNamed() {
        List<String> p = problems(folder(d -> {
            d.remove("sharpe");
            return d;
        }, Set.copyOf(ArtifactCheck.REQUIRED_FILES), trades(), equity(), List.of("ema_9", "macd.signal")));
        assertEquals(List.of("result.json lacks [sharpe]"), p);
    }

    @Test
    void theFolderMustBeNamedAfterTheShortHash() {
        assertProblem(ArtifactCheck.problems(good(), "0123456789ab", 1000), "run folder 0123456789ab is not named after short_hash " + INPUT.shortHash());
    }

    @Test
    void declaredAndComputedFeatureKeysMustAgree() {
        assertProblem(problems(folder(d -> d, Set.copyOf(ArtifactCheck.REQUIRED_FILES), trades(), equity(), List.of("ema_9"))),
                "declared feature keys [ema_9, macd.signal] differ from computed [ema_9]");
    }

    @Test
    void aRecordedTradesHashThatDoesNotMatchTheFileIsNamed() {
        assertProblem(problems(folder(d -> {
            d.put("trades_hash", RunHashes.sha256Hex("other"));
            return d;
        }, Set.copyOf(ArtifactCheck.REQUIRED_FILES), trades(), equity(), List.of("ema_9", "macd.signal"))), "trades_hash of trades.parquet is " + HASHES.trades());
    }
}

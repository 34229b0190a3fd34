package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import trade.data.ParquetTables;
import trade.validate.AuditResult;
import trade.validate.AuditScope;
import trade.validate.MetricsAudit;
import trade.report.CanonicalJson;
import trade.report.ResultDocument;

/** The metrics audit over real run folders written by {@link BacktestRun}, and over folders with a wrong metric. */
class MetricsAuditRunTest {
    private static final Path CORE = Path.of(System.getProperty("play.root", ".")).resolve("plays/core");

    @TempDir
    static Path out;

    private static AuditResult result;
    private static Path someRun;

    @BeforeAll
    static void auditTheCorePlays() throws IOException {
        List<Path> plays;
        try (Stream<Path> files = Files.list(CORE)) {
            plays = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(5, plays.size());
        MetricsAudit audit = new MetricsAudit(play ->
                new BacktestRun(play, new BacktestRun.Source.Synthetic(42, null, "trend_up_clean"), out.resolve("runs"), null).run().artifacts());
        result = audit.run(AuditScope.reduced(plays, 2));
        try (Stream<Path> results = Files.walk(out.resolve("runs"))) {
            // a run with trades, so trade metrics are non-trivial
            someRun = results.filter(p -> p.getFileName().toString().equals("result.json"))
                    .filter(p -> ((Number) read(p.getParent()).get("trades_count")).longValue() > 2)
                    .findFirst().orElseThrow().getParent();
        }
    }

    @Test
    void everyMetricOfTheCorePlaysMatchesTheRecomputation() {
        assertTrue(result.passed(), result.failures().toString());
        // every key of result.json that is a metric, in each of the five runs
        assertEquals(5L * (ResultDocument.RESULT_FIELDS.size() - MetricsAudit.NOT_METRICS.size()), result.checked());
    }

    @ParameterizedTest
    @CsvSource({"net_pnl_usdt, 0.02", "max_drawdown_pct, 0.0002", "win_rate, -0.0002", "sharpe, 0.02", "max_consecutive_losses, 1",
            "entry_attempts, 1", "total_funding_paid_usdt, 0.02"})
    void aWrongMetricInResultJsonIsNamed(String key, double change, @TempDir Path copy) throws IOException {
        Path run = copyOf(someRun, copy);
        Map<String, Object> doc = read(run);
        Object old = doc.get(key);
        doc.put(key, old instanceof Long n ? (Object) (n + (long) change) : (Object) (((Number) old).doubleValue() + change));
        Files.writeString(run.resolve("result.json"), CanonicalJson.pretty(doc));

        AuditResult r = MetricsAudit.check(run);
        assertFalse(r.passed());
        assertEquals(1, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().getFirst().contains(": " + key + " is "), r.failures().getFirst());
        assertTrue(r.failures().getFirst().startsWith(String.valueOf(doc.get("play_id"))), r.failures().getFirst());
    }

    @Test
    void aMetricTheAuditDoesNotKnowIsAFailure(@TempDir Path copy) throws IOException {
        Path run = copyOf(someRun, copy);
        Map<String, Object> doc = read(run);
        doc.put("treynor_ratio", 1.5);
        Files.writeString(run.resolve("result.json"), CanonicalJson.pretty(doc));
        AuditResult r = MetricsAudit.check(run);
        assertFalse(r.passed());
        assertTrue(r.failures().getFirst().contains("treynor_ratio, which the metrics audit does not recompute"), r.failures().toString());
    }

    @Test
    void aChangedTradeIsCaughtThroughTheMetricsItFeeds(@TempDir Path copy) {
        Path run = copyOf(someRun, copy);
        ParquetTables.Table trades = ParquetTables.read(run.resolve("trades.parquet"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : trades.rows()) rows.add(new LinkedHashMap<>(row));
        rows.getFirst().put("fees_paid", (Double) rows.getFirst().get("fees_paid") + 0.5);
        ParquetTables.write(run.resolve("trades.parquet"), trades.columns(), rows);
        AuditResult r = MetricsAudit.check(run);
        assertFalse(r.passed());
        assertTrue(r.failures().getFirst().contains("total_fees_usdt is "), r.failures().toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path run) {
        try {
            return (Map<String, Object>) CanonicalJson.parse(Files.readString(run.resolve("result.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyOf(Path run, Path into) {
        try (Stream<Path> files = Files.list(run)) {
            Path target = Files.createDirectories(into.resolve(run.getFileName()));
            for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName()));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

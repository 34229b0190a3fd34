package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import trade.engine.TradeRecord;

/** Determinism comparison on in-memory folders: what passes, and how the first difference is named. */
class RunComparisonTest {
    private static RunArtifacts run(List<TradeRecord> trades, Map<String, Object> result) {
        return new RunArtifacts("abc", Set.of(), result, Map.of(), Map.of(),
                new RunArtifacts.Table(ArtifactTables.tradeColumns(trades), ArtifactTables.tradeRows(trades)),
                new RunArtifacts.Table(ArtifactTables.equityColumns(), ArtifactTables.equityRows(RunFixtures.workedCurve())));
    }

    private static Map<String, Object> hashes(String playId, String trades) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("play_id", playId);
        m.put("trades_hash", trades);
        m.put("equity_hash", "e");
        m.put("run_hash", "r");
        m.put("play_hash", "p");
        return m;
    }

    @Test
    void identicalRunsPass() {
        RunComparison c = RunComparison.of(run(RunFixtures.workedTrades(), hashes("demo", "t")), run(RunFixtures.workedTrades(), hashes("demo", "t")));
        assertTrue(c.passed());
        assertNull(c.firstDifference());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void anExtraTradeIsNamedByItsIndexAndId() {
        List<TradeRecord> fewer = RunFixtures.workedTrades().subList(0, 4);
        RunComparison c = RunComparison.of(run(fewer, hashes("demo", "t")), run(RunFixtures.workedTrades(), hashes("demo", "t2")));
        assertFalse(c.passed());
        assertEquals("trade 4 (trade_005, 2025-01-01T07:00:00) exists only in run B", c.trades().describe());
        assertNull(c.equity());
        assertFalse(c.hashes().getFirst().matches());
    }

    @Test
    void equalHashesDoNotHideADifferentRow() {
        List<TradeRecord> other = new ArrayList<>(RunFixtures.workedTrades());
        other.set(1, RunFixtures.trade(2, trade.core.Side.LONG, 31, 1.5, 0.5, 501, 2, 3, -0.5, 1.0));
        RunComparison c = RunComparison.of(run(RunFixtures.workedTrades(), hashes("demo", "t")), run(other, hashes("demo", "t")));
        assertFalse(c.passed());
        assertEquals("trade 1 (trade_002, 2025-01-01T02:00:00) column entry_size: run A 5.0, run B 5.01", c.trades().describe());
    }

    @Test
    void aMissingHashAndAnotherPlayAreWarnings() {
        Map<String, Object> b = hashes("other", "t");
        b.remove("run_hash");
        RunComparison c = RunComparison.of(run(RunFixtures.workedTrades(), hashes("demo", "t")), run(RunFixtures.workedTrades(), b));
        assertFalse(c.passed(), "a hash that cannot be compared is not a match");
        assertEquals(List.of("run_hash is missing from run B", "different plays: run A is demo, run B is other"), c.warnings());
    }
}

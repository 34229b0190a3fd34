package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.core.Timeframe;
import trade.engine.EquityCurve;
import trade.engine.TradeRecord;

class RunHashesTest {
    private static final String EMPTY_LIST_SHA256 =
            "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"; // sha256("[]")

    @Test
    void sha256OfKnownText() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RunHashes.sha256Hex("abc"));
        assertEquals(EMPTY_LIST_SHA256, RunHashes.sha256Hex("[]"));
        assertEquals("ba7816bf8f01", RunHashes.short12(RunHashes.sha256Hex("abc")));
    }

    @Test
    void emptyTradesAndCurveHashTheEmptyList() {
        assertEquals(EMPTY_LIST_SHA256, RunHashes.tradesHash(List.of()));
        assertEquals(EMPTY_LIST_SHA256, RunHashes.equityHash(RunFixtures.curve()));
    }

    @Test
    void hashesAreDeterministic() {
        RunHashes a = RunHashes.of("p", "i", RunFixtures.workedTrades(), RunFixtures.workedCurve());
        RunHashes b = RunHashes.of("p", "i", RunFixtures.workedTrades(), RunFixtures.workedCurve());
        assertEquals(a, b);
        assertEquals(64, a.trades().length());
        assertEquals(64, a.equity().length());
        assertEquals(64, a.run().length());
        assertTrue(a.trades().matches("[0-9a-f]{64}"));
    }

    @Test
    void changingOneTradeFieldChangesTheTradesAndRunHash() {
        List<TradeRecord> trades = RunFixtures.workedTrades();
        String base = RunHashes.tradesHash(trades);
        List<TradeRecord> changed = new ArrayList<>(trades);
        TradeRecord t = trades.get(2);
        changed.set(2, new TradeRecord(t.tradeId(), t.symbol(), t.side(), t.entryTimeMs(), t.entryPrice(),
                t.entryQty(), t.entrySizeUsdt(), t.exitTimeMs(), Math.nextUp(t.exitPrice()), t.exitReason(),
                t.exitPriceSource(), t.realizedPnl(), t.feesPaid(), t.fundingPnl(), t.netPnl(), t.stopLoss(),
                t.takeProfit(), t.entryBarIndex(), t.exitBarIndex(), t.maePct(), t.mfePct(), t.metadata()));
        String other = RunHashes.tradesHash(changed);
        assertNotEquals(base, other);
        assertNotEquals(RunHashes.runHash("p", base, "e"), RunHashes.runHash("p", other, "e"));
        // restoring the original trade restores the hash
        changed.set(2, RunFixtures.trade(3, Side.SHORT, -18, 1, -1, 800, 3, 6, -2.0, 0.5));
        assertEquals(base, RunHashes.tradesHash(changed));
    }

    @Test
    void tradeOrderMatters() {
        List<TradeRecord> trades = new ArrayList<>(RunFixtures.workedTrades());
        String base = RunHashes.tradesHash(trades);
        java.util.Collections.swap(trades, 0, 1);
        assertNotEquals(base, RunHashes.tradesHash(trades));
    }

    @Test
    void equityHashIsTheCanonicalListOfPoints() {
        EquityCurve c = new EquityCurve(new int[] {0, 1}, new long[] {1000L, 2000L}, new double[] {10000.0, 9999.5});
        String expected = RunHashes.sha256Hex(CanonicalJson.compact(List.of(
                Map.of("bar_idx", 0, "ts_ms", 1000L, "equity", 10000.0),
                Map.of("bar_idx", 1, "ts_ms", 2000L, "equity", 9999.5))));
        assertEquals(expected, RunHashes.equityHash(c));
        assertEquals(RunHashes.sha256Hex("[{\"bar_idx\":0,\"equity\":10000.0,\"ts_ms\":1000},"
                + "{\"bar_idx\":1,\"equity\":9999.5,\"ts_ms\":2000}]"), RunHashes.equityHash(c));
        EquityCurve d = new EquityCurve(new int[] {0, 1}, new long[] {1000L, 2000L}, new double[] {10000.0, 9999.51});
        assertNotEquals(RunHashes.equityHash(c), RunHashes.equityHash(d));
    }

    @Test
    void runHashIsOverTheThreeNamedHashes() {
        assertEquals(RunHashes.sha256Hex("{\"equity\":\"e\",\"play\":\"p\",\"trades\":\"t\"}"),
                RunHashes.runHash("p", "t", "e"));
    }

    @Test
    void inputHashAndComponents() {
        Map<String, Object> c = RunHashes.inputComponents("ph", List.of("btcusdt", "BTCUSDT"), Timeframe.D1,
                Set.of(Timeframe.H4, Timeframe.M15, Timeframe.D1), RunFixtures.T0, RunFixtures.T0 + 86_400_000L * 31,
                "synthetic");
        assertEquals(List.of("BTCUSDT"), c.get("symbols"));
        assertEquals("1d", c.get("tf_exec"));
        assertEquals(List.of("15m", "1d", "4h"), c.get("tf_ctx"));
        assertEquals("2025-01-01", c.get("window_start"));
        assertEquals("2025-02-01", c.get("window_end"));
        assertTrue(c.containsKey("seed") && c.get("seed") == null);
        RunHashes.InputHash h = RunHashes.inputHash(c);
        assertEquals(64, h.full().length());
        assertEquals(h.full().substring(0, 12), h.shortHash());
        assertEquals(RunHashes.sha256Hex(CanonicalJson.compact(c)), h.full());
        assertTrue(CanonicalJson.compact(c).startsWith("{\"candle_policy\":\"closed_only\",\"data_source_id\""));
    }

    @Test
    void universeId() {
        assertEquals("ETHUSDT", RunHashes.universeId(List.of("ethusdt")));
        String multi = RunHashes.universeId(List.of("ETHUSDT", "btcusdt"));
        assertEquals("uni_" + RunHashes.short12(RunHashes.sha256Hex("[\"BTCUSDT\",\"ETHUSDT\"]")), multi);
    }
}

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
import trade.core.Side;
import trade.core.Timeframe;
import trade.engine.RunResult;
import trade.engine.TradeRecord;

class ResultDocumentTest {

    private static final List<String> TRADE_COLUMNS = List.of(
            "trade_id", "symbol", "side", "entry_time", "entry_price", "entry_size", "entry_size_usdt",
            "exit_time", "exit_price", "exit_reason", "realized_pnl", "fees_paid", "net_pnl", "pnl_pct",
            "stop_loss", "take_profit", "entry_bar_index", "exit_bar_index", "duration_bars",
            "exit_price_source", "entry_ready", "exit_ready", "mae_pct", "mfe_pct", "funding_pnl");

    @Test
    void resultHasEverySpecKeyWithTheSpecUnits() {
        RunResult r = RunFixtures.workedRun();
        Metrics m = Metrics.of(r);
        RunHashes h = RunHashes.of(RunHashes.sha256Hex("play"), RunHashes.sha256Hex("input"), r.trades(), r.equity());
        Map<String, Object> d = ResultDocument.result(r, m, h,
                new ResultDocument.RunInfo("backtests/x", 1.234, 10, "plays/demo_play.yml", Map.of("fills", 10), Map.of()));
        assertEquals(Set.copyOf(ResultDocument.RESULT_FIELDS), d.keySet());
        assertEquals(76, ResultDocument.RESULT_FIELDS.size(), "the keys of results-and-hashes.md §4, and the venue that produced the run");
        assertEquals(0.4, d.get("win_rate"));
        assertEquals(0.2, d.get("max_drawdown_pct"));
        assertEquals(-30.0, d.get("gross_loss_usdt"));
        assertEquals(66.67, d.get("long_win_rate"));
        assertEquals(1.23, d.get("run_duration_seconds"));
        assertEquals("2025-01-01T00:00:00", d.get("window_start"));
        assertEquals("1h", d.get("tf_exec"));
        assertEquals(RunHashes.short12(h.input()), d.get("run_id"));
        assertEquals(h.run(), d.get("run_hash"));
        assertEquals(false, d.get("stopped_early"));
        assertNull(d.get("stop_reason"));
        assertEquals(5, d.get("trades_count"));
        String json = CanonicalJson.pretty(d);
        assertTrue(json.startsWith("{\n  \"alpha_pct\": 95.0,\n  \"artifact_path\": \"backtests/x\",\n"));
        assertTrue(json.contains("\"exchange_metrics\": {\n    \"fills\": 10\n  },\n"));
    }

    @Test
    void noLossesGivesPositiveZeroGrossLoss() {
        RunResult r = RunFixtures.run(Timeframe.H1, 1000, List.of(), RunFixtures.curve(1000, 1000), 0);
        Map<String, Object> d = ResultDocument.result(r, Metrics.of(r), RunHashes.of("p", "i", List.of(), r.equity()),
                new ResultDocument.RunInfo("x", 0, 1, "p.yml", null, null));
        assertEquals("\"gross_loss_usdt\":0.0", "\"gross_loss_usdt\":" + CanonicalJson.compact(d.get("gross_loss_usdt")));
    }

    @Test
    void boundValuesAreListedInTheOrderBound() {
        RunResult r = RunFixtures.workedRun();
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("risk.stop_loss_pct", "2");
        bound.put("features.ema_fast_9.length", "5");
        Map<String, Object> d = ResultDocument.result(r, Metrics.of(r), RunHashes.of("p", "i", r.trades(), r.equity()),
                new ResultDocument.RunInfo("x", 0, 1, "p.yml", Map.of(), bound));
        assertTrue(CanonicalJson.compact(d).contains("\"parameters\":[{\"path\":\"risk.stop_loss_pct\",\"value\":\"2\"},"
                + "{\"path\":\"features.ema_fast_9.length\",\"value\":\"5\"}]"), CanonicalJson.compact(d));
        assertEquals(Set.copyOf(ResultDocument.RESULT_FIELDS), Set.copyOf(d.keySet().stream().filter(k -> !k.equals(ResultDocument.PARAMETERS)).toList()));
    }

    @Test
    void manifestFields() {
        Map<String, Object> c = RunHashes.inputComponents("ph", List.of("BTCUSDT"), Timeframe.M15, List.of(Timeframe.M15),
                RunFixtures.T0, RunFixtures.T0 + 86_400_000L, "synthetic");
        RunHashes.InputHash ih = RunHashes.inputHash(c);
        Map<String, Object> extra = new java.util.HashMap<>();
        extra.put("seed", 42L);
        extra.put("pattern", "trend_up_clean");
        extra.put("bars", 5000L);
        extra.put("data_hash", "abc");
        Map<String, Object> m = ResultDocument.manifest(c, ih, "demo", extra, RunFixtures.T0 + RunFixtures.HOUR, RunFixtures.T0);
        assertEquals(ih.full(), m.get("full_hash"));
        assertEquals(ih.shortHash(), m.get("short_hash"));
        assertEquals(12, m.get("short_hash_length"));
        assertEquals("sha256", m.get("hash_algorithm"));
        assertEquals("closed_only", m.get("candle_policy"));
        assertEquals("1.0.0", m.get("engine_version"));
        assertEquals("BTCUSDT", m.get("universe_id"));
        assertEquals(42L, m.get("seed"));
        assertEquals("trend_up_clean", m.get("pattern"));
        assertEquals("synthetic", m.get("data_source_id"));
        assertEquals("2025-01-01T00:00:00Z", m.get("created_at_utc"));
        assertEquals("ts_ms", m.get("equity_timestamp_column"));
        assertTrue(m.containsKey("data_version"));
        assertEquals(RunFixtures.T0 + RunFixtures.HOUR, m.get("eval_start_ts_ms"));
        assertTrue(m.keySet().containsAll(ResultDocument.MANIFEST_FIELDS), "missing " + ResultDocument.MANIFEST_FIELDS.stream().filter(k -> !m.containsKey(k)).toList());
        // the input hash is not affected by the manifest's extra fields
        assertEquals(ih, RunHashes.inputHash(c));
        assertTrue(ih.full().startsWith((String) m.get("short_hash")));
    }

    @Test
    void tradeRowsFollowTheParquetColumnOrder() {
        List<Map<String, Object>> rows = ArtifactTables.tradeRows(RunFixtures.workedTrades());
        assertEquals(5, rows.size());
        assertEquals(TRADE_COLUMNS, new ArrayList<>(rows.get(0).keySet()));
        assertEquals(TRADE_COLUMNS, new ArrayList<>(ArtifactTables.tradeColumns(RunFixtures.workedTrades()).keySet()));
        Map<String, Object> first = rows.get(0);
        assertEquals("trade_001", first.get("trade_id"));
        assertEquals("long", first.get("side"));
        assertEquals("2025-01-01T00:00:00", first.get("entry_time"));
        assertEquals("2025-01-01T02:00:00", first.get("exit_time"));
        assertNull(first.get("stop_loss"));          // NaN → null
        assertEquals(110.0, first.get("take_profit"));
        assertEquals(2L, first.get("duration_bars"));
        assertEquals(5.0, first.get("pnl_pct"));
        assertEquals(true, first.get("entry_ready"));
    }

    @Test
    void metadataColumnOnlyWhenATradeHasMetadata() {
        TradeRecord plain = RunFixtures.trade(1, Side.LONG, 1, 0, 0, 100, 0, 1, 0, 0);
        TradeRecord t = RunFixtures.trade(2, Side.LONG, 1, 0, 0, 100, 1, 2, 0, 0);
        TradeRecord tagged = new TradeRecord(t.tradeId(), t.symbol(), t.side(), t.entryTimeMs(), t.entryPrice(),
                t.entryQty(), t.entrySizeUsdt(), t.exitTimeMs(), t.exitPrice(), t.exitReason(), t.exitPriceSource(),
                t.realizedPnl(), t.feesPaid(), t.fundingPnl(), t.netPnl(), t.stopLoss(), t.takeProfit(),
                t.entryBarIndex(), t.exitBarIndex(), t.maePct(), t.mfePct(), Map.of("setup", "breakout", "z", 1));
        assertFalse(ArtifactTables.tradeColumns(List.of(plain)).containsKey("metadata"));
        List<Map<String, Object>> rows = ArtifactTables.tradeRows(List.of(plain, tagged));
        assertEquals("metadata", new ArrayList<>(rows.get(1).keySet()).get(25));
        assertNull(rows.get(0).get("metadata"));
        assertEquals("{\"setup\":\"breakout\",\"z\":1}", rows.get(1).get("metadata"));
        assertEquals("VARCHAR", ArtifactTables.tradeColumns(List.of(plain, tagged)).get("metadata"));
    }

    @Test
    void equityRows() {
        List<Map<String, Object>> rows = ArtifactTables.equityRows(RunFixtures.curve(1000, 990));
        assertEquals(List.of("bar_idx", "timestamp", "equity", "ts_ms"), new ArrayList<>(rows.get(0).keySet()));
        assertEquals(1L, rows.get(1).get("bar_idx"));
        assertEquals(990.0, rows.get(1).get("equity"));
        assertEquals(RunFixtures.T0 + 2 * RunFixtures.HOUR, rows.get(1).get("ts_ms"));
        assertEquals(rows.get(1).get("ts_ms"), rows.get(1).get("timestamp"));
    }
}

package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.Candles;
import trade.core.Side;
import trade.data.ParquetTables;
import trade.engine.EquityCurve;
import trade.engine.TradeRecord;

/**
 * V_CORE_001 end to end through the real path (YAML → engine → simulated exchange → artifacts),
 * and its trades checked against the 1m candles they were filled on, not against stored numbers.
 */
class BacktestEndToEndTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final double SLIPPAGE = 2.0 / 10_000;
    private static final double TAKER = 5.5 / 10_000;
    private static final double TICK = 0.1, QTY_STEP = 0.001;

    @TempDir
    static Path out;
    static BacktestRun.Outcome first;

    @BeforeAll
    static void runOnce() {
        first = run(42);
    }

    private static BacktestRun.Outcome run(long seed) {
        Path play = PlayLocator.locate("V_CORE_001", ROOT.resolve("plays"));
        return new BacktestRun(play, new BacktestRun.Source.Synthetic(seed, null, null), out, null).run();
    }

    @Test
    void tradesHappen() {
        assertTrue(first.result().trades().size() >= 1, "V_CORE_001 should trade on trend_up_clean");
    }

    @Test
    void entriesFillAtTheNextExecBarsFirstMinuteOpenPlusSlippage() {
        Candles m = first.candles();
        for (TradeRecord t : first.result().trades()) {
            assertEquals(0, t.entryTimeMs() % (15 * 60_000L), t.tradeId() + " entry must be at an exec bar open");
            int k = minuteIndex(m, t.entryTimeMs());
            double expected = m.open(k) * (1 + t.side().sign() * SLIPPAGE);
            assertEquals(expected, t.entryPrice(), 1e-9 * expected, t.tradeId());
            assertEquals(Side.LONG, t.side(), "long_only Play");
            assertTrue(t.feesPaid() >= t.entrySizeUsdt() * TAKER - 1e-9, "taker fee on entry");
        }
    }

    @Test
    void stopsAndTargetsFollowTheOneMinuteCandles() {
        Candles m = first.candles();
        for (TradeRecord t : first.result().trades()) {
            int entry = minuteIndex(m, t.entryTimeMs());
            int exit = minuteIndex(m, t.exitTimeMs());
            // no earlier minute of the position's life touched the stop or the target
            for (int k = entry; k < exit; k++) {
                boolean touched = m.low(k) <= t.stopLoss() || m.high(k) >= t.takeProfit();
                assertTrue(!touched || !List.of("sl", "tp").contains(t.exitReason()) && k < exit,
                        t.tradeId() + " minute " + k + " touched a level before the recorded exit");
            }
            switch (t.exitReason()) {
                case "sl" -> {
                    assertTrue(m.low(exit) <= t.stopLoss(), t.tradeId() + " stop exit on a minute that did not reach the stop");
                    double level = Math.min(m.open(exit), t.stopLoss()); // gap-through fills at the open
                    assertEquals(level * (1 - SLIPPAGE), t.exitPrice(), 1e-9 * level);
                }
                case "tp" -> {
                    assertTrue(m.high(exit) >= t.takeProfit(), t.tradeId() + " target exit on a minute that did not reach it");
                    assertTrue(m.low(exit) > t.stopLoss(), t.tradeId() + " the stop wins when both are inside one minute");
                    double level = Math.max(m.open(exit), t.takeProfit());
                    assertEquals(level * (1 - SLIPPAGE), t.exitPrice(), 1e-9 * level);
                }
                case "signal" -> {
                    assertEquals(0, t.exitTimeMs() % (15 * 60_000L), "signal exits fill at an exec bar open");
                    assertEquals(m.open(exit) * (1 - SLIPPAGE), t.exitPrice(), 1e-9 * t.exitPrice());
                }
                case "end_of_data" -> assertEquals(t.exitBarIndex(), first.result().equity().barIndex()[first.result().equity().size() - 1]);
                default -> throw new AssertionError("unexpected exit reason " + t.exitReason());
            }
            // target 6 % and stop 3 % of the signal close, both shifted with the fill: distances stay 2:1
            // up to BTCUSDT's 0.1 tick, which both levels are rounded to
            assertEquals(2 * (t.entryPrice() - t.stopLoss()), t.takeProfit() - t.entryPrice(), 1.5 * TICK, t.tradeId());
            assertEquals(Math.rint(t.stopLoss() / TICK) * TICK, t.stopLoss(), 1e-9, "stop on the tick grid");
            assertEquals(Math.rint(t.takeProfit() / TICK) * TICK, t.takeProfit(), 1e-9, "target on the tick grid");
            assertEquals(Math.floor(t.entryQty() / QTY_STEP + 1e-6) * QTY_STEP, t.entryQty(), 1e-12, "quantity on the 0.001 step");
        }
    }

    @Test
    void positionsHeldThroughAFundingTimePayTheDefaultRateOnTheCandleOpen() {
        Candles m = first.candles();
        long eightHours = 8 * 3_600_000L;
        int paying = 0;
        for (TradeRecord t : first.result().trades()) {
            double expected = 0;
            for (long at = (t.entryTimeMs() / eightHours + 1) * eightHours; at <= t.exitTimeMs(); at += eightHours) {
                expected -= t.entryQty() * m.open(minuteIndex(m, at)) * 0.0001; // long_only: longs pay a positive rate
            }
            assertEquals(expected, t.fundingPnl(), 1e-9, t.tradeId());
            if (expected != 0) paying++;
        }
        assertTrue(paying > 0, "no trade of this run was held through 00:00, 08:00 or 16:00 UTC");
    }

    @Test
    void equityChangeEqualsTheSumOfTradePnl() {
        EquityCurve eq = first.result().equity();
        double sum = first.result().trades().stream().mapToDouble(TradeRecord::netPnl).sum();
        assertEquals(first.result().initialEquity() + sum, eq.equity()[eq.size() - 1], 1e-6);
        for (int i = 1; i < eq.size(); i++) assertEquals(eq.barIndex()[i - 1] + 1, eq.barIndex()[i], "one equity point per exec bar");
    }

    @Test
    void artifactsAreWrittenAndReadBack() throws IOException {
        Path dir = first.artifacts();
        for (String f : List.of("trades.parquet", "equity.parquet", "result.json", "run_manifest.json", "pipeline_signature.json", "report.html")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertEquals(first.result().trades().size(), ParquetTables.read(dir.resolve("trades.parquet")).rows().size());
        assertEquals(first.result().equity().size(), ParquetTables.read(dir.resolve("equity.parquet")).rows().size());
        String result = Files.readString(dir.resolve("result.json"));
        assertTrue(result.contains("\"trades_hash\": \"" + first.summary().get("trades_hash") + "\""), result);
        assertEquals(first.summary().get("input_hash").toString().substring(0, 12), dir.getFileName().toString());
        String report = Files.readString(dir.resolve("report.html"));
        assertEquals(first.result().trades().size(), report.split("<tr class=\"trade\">", -1).length - 1, "one report row per trade");
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "<td>Net PnL (USDT)</td><td>%.2f</td>", first.result().finalEquity() - first.result().initialEquity())));
        assertFalse(report.contains("http://") || report.contains("https://"), "report.html must work offline");
    }

    @Test
    void sameInputsGiveTheSameHashesAndAnotherSeedDoesNot() {
        BacktestRun.Outcome again = run(42);
        for (String h : List.of("play_hash", "input_hash", "trades_hash", "equity_hash", "run_hash")) {
            assertEquals(first.summary().get(h), again.summary().get(h), h);
        }
        BacktestRun.Outcome other = run(7);
        assertEquals(first.summary().get("play_hash"), other.summary().get("play_hash"));
        assertNotEquals(first.summary().get("input_hash"), other.summary().get("input_hash"));
        assertNotEquals(first.summary().get("trades_hash"), other.summary().get("trades_hash"));
    }

    private static int minuteIndex(Candles m, long time) {
        int k = (int) ((time - m.openTime(0)) / 60_000L);
        assertEquals(time, m.openTime(k), "fills happen at a 1m candle's open time");
        return k;
    }
}

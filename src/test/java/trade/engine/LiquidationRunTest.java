package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.port.AccountTerms;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.sim.SimExchange;

/**
 * engine.md §13.3's worked example through the engine: a Play that always wants to be long with
 * 95 % of its equity at 10× leverage is liquidated when a 1m candle closes at 90; the run stops
 * there with {@code liquidated}, its last equity point is the cash left, and no later signal
 * opens anything.
 */
class LiquidationRunTest {
    private static final String PLAY = """
            version: "3.0.0"
            name: "T_LIQUIDATION"
            symbol: "TESTUSDT"
            timeframes: {low_tf: "5m", med_tf: "5m", high_tf: "5m", exec: "low_tf"}
            account: {starting_equity_usdt: 10000.0, max_leverage: 10.0, min_trade_notional_usdt: 10.0,
                      fee_model: {taker_bps: 5.5, maker_bps: 2.0}, slippage_bps: 0.0, risk_per_trade_pct: 95.0}
            features:
              ema_2: {indicator: ema, params: {length: 2}}
            actions:
              entry_long:
                - ["ema_2", ">", 0]
            position_policy: {mode: long_only, exit_mode: signal}
            """;

    /** Five-minute bars of flat 1m candles; bar 9 has a minute closing at 90. */
    private static Candles minutes() {
        double[] bars = {100, 100, 100, 100, 100, 100, 100, 95, 90.1, 90.1, 100, 100, 100};
        // the 1h feed has no warm-up and ema_2 needs two bars
        int n = bars.length * 5;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = 1_735_689_600_000L + k * 60_000L;
            o[k] = h[k] = l[k] = c[k] = bars[k / 5];
        }
        l[47] = c[47] = 90.0; // bar 9, third minute
        o[48] = h[48] = l[48] = c[48] = 90.0;
        return new Candles(Timeframe.M1, t, o, h, l, c, new double[n]);
    }

    @Test
    void aLiquidationEndsTheRunWithTheCashLeft() {
        CompiledPlay play = PlayCompiler.compile(PlayLoader.load("T_LIQUIDATION.yml", PLAY));
        Candles m = minutes();
        AccountTerms terms = AccountTerms.of(play.spec(), InstrumentTable.bybit().of(play.spec().symbol()));
        RunResult r = BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), m, null, Progress.NONE);
        assertEquals("liquidated", r.stopReason());
        assertEquals(1, r.trades().size(), "nothing opens after the liquidation although the signal stays true");
        TradeRecord t = r.trades().get(0);
        assertEquals(m.openTime(30), t.entryTimeMs(), "warm at bar 5's close: fill at bar 6's open");
        assertEquals(950, t.entryQty(), 1e-9);
        assertEquals("liquidation", t.exitReason());
        assertEquals(m.closeTime(47), t.exitTimeMs());
        assertEquals(-9_552.25, t.netPnl(), 1e-6);
        EquityCurve eq = r.equity();
        assertEquals("[5, 6, 7, 8, 9]", Arrays.toString(eq.barIndex()));
        assertEquals(5_197.75, eq.equity()[2], 1e-9);
        assertEquals(542.75, eq.equity()[3], 1e-9);
        assertEquals(447.75, r.finalEquity(), 1e-6);
        assertEquals(r.initialEquity() + t.netPnl(), r.finalEquity(), 1e-6);
        assertEquals(List.of(), r.missedEntries(), "the later signals are not entries refused: the run is over");
    }
}

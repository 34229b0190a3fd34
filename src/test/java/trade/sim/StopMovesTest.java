package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static trade.sim.Tape.NONE;
import static trade.sim.Tape.candle;
import static trade.sim.Tape.flat;
import static trade.sim.Tape.market;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;

/**
 * Trailing stops and break-even moves on hand-made 1m candles (play-dsl §6.4): the stop follows
 * each candle's close, only tightens, and applies from the next candle on. Every case opens at
 * 100 with 1 000 USDT (10 units) on a frictionless account.
 */
class StopMovesTest {
    private static final double EPS = 1e-9;

    private static ExitPlan trailPct(double pct, double activation) {
        return new ExitPlan(NONE, pct, activation, NONE, NONE, false, false);
    }

    private static ExitPlan trailAtr(double multiple) {
        return new ExitPlan(multiple, NONE, 0, NONE, NONE, false, false);
    }

    private static ExitPlan breakEven(double activation, double offset) {
        return new ExitPlan(NONE, NONE, NONE, activation, offset, false, false);
    }

    private static TradeRecord only(SimAccount x) {
        List<TradeRecord> trades = x.trades();
        assertEquals(1, trades.size(), trades.toString());
        return trades.get(0);
    }

    @Test
    void percentTrailFollowsTheBestCloseAndStopsOutAtItsLevel() {
        Tape tape = new Tape(2,
                flat(100), candle(100, 101, 100, 101),           // stop 99 → 99.99
                candle(101, 102, 100.5, 102), candle(102, 102, 101.5, 101.5), // → 100.98, then stays (101.5 would give 100.485)
                candle(101.5, 101.6, 100.9, 101), flat(101));   // low 100.9 reaches 100.98
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 99, NONE, trailPct(1, 0), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals("sl", t.exitReason());
        assertEquals("sl_level", t.exitPriceSource());
        assertEquals(100.98, t.exitPrice(), EPS);
        assertEquals(100.98, t.stopLoss(), EPS, "the recorded stop is where it had moved to");
        assertEquals(tape.openTime(4), t.exitTimeMs());
        assertEquals(10 * 0.98, t.realizedPnl(), EPS);
    }

    @Test
    void aNewLevelAppliesFromTheNextCandleNotToTheCandleThatMovedIt() {
        // the second candle closes at 102 (stop → 100.98) after dipping to 100.5: that dip came before the move
        Tape tape = new Tape(1, flat(100), candle(100.6, 102, 100.5, 102), candle(102, 102, 101, 101), candle(101, 101, 100.9, 101));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 99, NONE, trailPct(1, 0), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(tape.openTime(3), t.exitTimeMs());
        assertEquals(100.98, t.exitPrice(), EPS);
    }

    @Test
    void trailingWaitsForTheActivationMove() {
        Tape tape = new Tape(2,
                flat(100), candle(100, 101, 100, 101),            // +1 % < 1.5 %: stop stays 99
                candle(101, 101, 99.5, 100), candle(100, 102, 100, 102), // 99.5 would have hit an active trail (99.99); +2 % activates → 100.98
                candle(102, 102, 100.9, 101), flat(101));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 99, NONE, trailPct(1, 1.5), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(tape.openTime(4), t.exitTimeMs());
        assertEquals(100.98, t.exitPrice(), EPS);
    }

    @Test
    void atrTrailUsesTheAtrOfTheBarBeforeAndMirrorsForShorts() {
        Tape tape = new Tape(2,
                flat(100), candle(100, 100, 98, 98),              // ATR 1.5 × 2: stop 103 → 101
                candle(98, 98, 97, 97), candle(97, 98.5, 97, 98.5),  // ATR 1.0 × 2: → 99; 98.5 keeps 99 (100.5 is looser)
                candle(98.5, 99.2, 98.4, 99), flat(99));          // high 99.2 reaches 99
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.SHORT, 1_000, 100, 103, NONE, trailAtr(2), -1));
        tape.step(x, 0, 1.5);
        tape.step(x, 1, 1.0);
        assertEquals(-1, x.positionSign(), "with the first bar's ATR the stop would be 100 and not yet hit");
        tape.step(x, 2, 1.0);
        TradeRecord t = only(x);
        assertEquals(99, t.exitPrice(), EPS);
        assertEquals(tape.openTime(4), t.exitTimeMs());
        assertEquals(10 * 1.0, t.realizedPnl(), EPS);
    }

    @Test
    void atrTrailWithoutAnAtrValueKeepsTheInitialStop() {
        Tape tape = new Tape(1, flat(100), candle(100, 110, 100, 110), candle(110, 110, 95, 96), flat(96));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 95, NONE, trailAtr(2), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(95, t.exitPrice(), EPS);
        assertEquals(95, t.stopLoss(), EPS);
    }

    @Test
    void breakEvenLiftsTheStopOnceTheMoveReachesItsActivation() {
        Tape tape = new Tape(2,
                flat(100), candle(100, 100.9, 100, 100.9),         // +0.9 %: no move, stop 98
                candle(100.9, 101, 100.5, 101), candle(101, 101, 100.05, 100.2), // +1 % → 100.1; then 100.05 reaches it
                flat(100.2), flat(100.2));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 98, NONE, breakEven(1, 0.1), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(100.1, t.exitPrice(), EPS);
        assertEquals(tape.openTime(3), t.exitTimeMs());
        assertEquals(10 * 0.1, t.realizedPnl(), 1e-6);
    }

    @Test
    void breakEvenForAShortMovesTheStopBelowEntry() {
        Tape tape = new Tape(1, flat(100), candle(100, 100, 99, 99), candle(99, 100, 99, 100), flat(100));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.SHORT, 1_000, 100, 102, NONE, breakEven(1, 0.1), -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(99.9, t.exitPrice(), EPS);
        assertEquals(tape.openTime(2), t.exitTimeMs());
    }

    @Test
    void breakEvenNeverLoosensATighterTrailingStop() {
        ExitPlan both = new ExitPlan(NONE, 0.5, 0, 1, 0.1, false, false);
        Tape tape = new Tape(1, flat(100), candle(100, 102, 100, 102), candle(102, 102, 101.4, 101.5), flat(101.5));
        SimAccount x = new SimAccount(Tape.frictionless());
        x.submitEntry(market(Side.LONG, 1_000, 100, 99.5, NONE, both, -1));
        tape.run(x, 0);
        TradeRecord t = only(x);
        assertEquals(102 * 0.995, t.exitPrice(), EPS, "trail 101.49, not break-even 100.1");
    }

    @Test
    void stopAndTargetMoveWithTheMarketFillIncludingSlippage() {
        Tape tape = new Tape(1, flat(100.5), flat(100.5));
        SimAccount x = new SimAccount(new trade.engine.port.AccountTerms("TEST", 10_000, 1, 0, 0, 0.0002, 0, 0.005, 0,
                trade.engine.port.FundingRates.constant(0), trade.core.Instrument.UNCONSTRAINED));
        x.submitEntry(market(Side.LONG, 1_000, 100, 99, 102, ExitPlan.NONE, -1));
        tape.run(x, 0);
        tape.finish(x);
        TradeRecord t = only(x);
        double fill = 100.5 * 1.0002;
        assertEquals(fill, t.entryPrice(), EPS);
        assertEquals(99 + fill - 100, t.stopLoss(), EPS);
        assertEquals(102 + fill - 100, t.takeProfit(), EPS);
        assertTrue(t.exitReason().equals("end_of_data"));
    }
}

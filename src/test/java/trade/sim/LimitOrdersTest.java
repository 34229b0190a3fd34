package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static trade.sim.Tape.NONE;
import static trade.sim.Tape.candle;
import static trade.sim.Tape.flat;
import static trade.sim.Tape.limit;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.MissedEntry;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * Limit entries and limit exits on hand-made 1m candles: a limit fills on the first later candle
 * that reaches it, at its price or at a better open, with the maker fee and no slippage; time in
 * force, expiry and an opposite signal end it. Orders are placed at the close of bar -1.
 */
class LimitOrdersTest {
    private static final double EPS = 1e-9;
    private static final double TAKER = 0.00055, MAKER = 0.0002, SLIPPAGE = 0.0002;
    private static final AccountTerms TERMS = new AccountTerms("TEST", 10_000, 1, TAKER, MAKER, SLIPPAGE, 0, 0.005, 0, FundingRates.constant(0), Instrument.UNCONSTRAINED);

    private static TradeRecord only(SimAccount x) {
        List<TradeRecord> trades = x.trades();
        assertEquals(1, trades.size(), trades.toString());
        return trades.get(0);
    }

    private static MissedEntry onlyMissed(SimAccount x) {
        assertEquals(1, x.missedEntries().size(), x.missedEntries().toString());
        return x.missedEntries().get(0);
    }

    private static SimAccount run(Tape tape, SimAccount.Entry order) {
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(order);
        tape.run(x, 0);
        tape.finish(x);
        return x;
    }

    @Test
    void aLongLimitFillsAtItsPriceWhenALaterCandleReachesIt() {
        Tape tape = new Tape(2, candle(100, 100.5, 99.5, 100), candle(100, 100, 98.9, 99.2), flat(99.2), flat(100));
        SimAccount x = run(tape, limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1));
        TradeRecord t = only(x);
        assertEquals(99, t.entryPrice(), EPS, "no slippage on a limit fill");
        assertEquals(tape.openTime(1), t.entryTimeMs());
        assertEquals(10, t.entryQty(), EPS);
        double exit = 100 * (1 - SLIPPAGE);
        assertEquals(990 * MAKER + 10 * exit * TAKER, t.feesPaid(), EPS, "maker fee in, taker fee out");
        assertEquals(0, t.entryBarIndex());
    }

    @Test
    void aCandleOpeningThroughTheLimitFillsAtTheBetterOpen() {
        Tape tape = new Tape(1, candle(100, 100, 99.5, 99.6), candle(98.5, 99, 98.2, 98.8));
        TradeRecord t = only(run(tape, limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1)));
        assertEquals(98.5, t.entryPrice(), EPS);
        assertEquals(tape.openTime(1), t.entryTimeMs());
    }

    @Test
    void aShortLimitFillsAboveTheMarketAndAtAGapUpOpen() {
        Tape touch = new Tape(1, candle(100, 100.9, 100, 100.5), candle(100.5, 101.2, 100.4, 101));
        assertEquals(101, only(run(touch, limit(Side.SHORT, 1010, 101, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1))).entryPrice(), EPS);
        Tape gap = new Tape(1, candle(100, 100.9, 100, 100.5), candle(101.5, 101.6, 101.3, 101.4));
        assertEquals(101.5, only(run(gap, limit(Side.SHORT, 1010, 101, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1))).entryPrice(), EPS);
    }

    @Test
    void anUntouchedLimitNeverFills() {
        Tape tape = new Tape(2, candle(100, 100.5, 99.1, 100), flat(100), flat(100), candle(100, 100, 99.01, 99.5));
        SimAccount x = run(tape, limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1));
        assertTrue(x.trades().isEmpty());
        assertEquals(0, x.positionSign());
        assertTrue(x.missedEntries().isEmpty(), "a GTC order without expiry is still waiting, not missed");
    }

    @Test
    void aLimitExpiresAfterItsBarsAndCannotFillLater() {
        Tape tape = new Tape(2, candle(100, 100.5, 99.5, 100), flat(100), candle(100, 100, 98, 98.5), flat(98.5));
        SimAccount x = run(tape, limit(Side.LONG, 990, 99, TimeInForce.GTC, 1, NONE, NONE, ExitPlan.NONE, -1));
        assertTrue(x.trades().isEmpty());
        MissedEntry m = onlyMissed(x);
        assertEquals("expired", m.reason());
        assertEquals(tape.barCloseTime(0), m.timeMs());
        assertEquals(Side.LONG, m.side());

        SimAccount twoBars = run(tape, limit(Side.LONG, 990, 99, TimeInForce.GTC, 2, NONE, NONE, ExitPlan.NONE, -1));
        assertEquals(tape.openTime(2), only(twoBars).entryTimeMs(), "with two bars it is still there when 98 trades");
    }

    @Test
    void iocAndFokAreCancelledWhenTheFirstCandleDoesNotReachThePrice() {
        Tape late = new Tape(1, candle(100, 100.5, 99.5, 100), candle(100, 100, 98, 98.5));
        for (TimeInForce tif : List.of(TimeInForce.IOC, TimeInForce.FOK)) {
            SimAccount x = run(late, limit(Side.LONG, 990, 99, tif, 0, NONE, NONE, ExitPlan.NONE, -1));
            assertTrue(x.trades().isEmpty(), tif.name());
            assertEquals(tif.name().toLowerCase() + "_not_filled", onlyMissed(x).reason());
            assertEquals(late.openTime(0), onlyMissed(x).timeMs());
        }
        Tape first = new Tape(1, candle(100, 100, 98.8, 99), flat(99));
        assertEquals(99, only(run(first, limit(Side.LONG, 990, 99, TimeInForce.IOC, 0, NONE, NONE, ExitPlan.NONE, -1))).entryPrice(), EPS);
    }

    @Test
    void postOnlyIsRejectedWhenItWouldTakeLiquidityAndRestsOtherwise() {
        Tape crossing = new Tape(1, candle(99, 99.5, 98.5, 99.2), flat(99.2));
        SimAccount x = run(crossing, limit(Side.LONG, 990, 99, TimeInForce.POST_ONLY, 0, NONE, NONE, ExitPlan.NONE, -1));
        assertTrue(x.trades().isEmpty());
        assertEquals("post_only_would_take_liquidity", onlyMissed(x).reason());

        Tape resting = new Tape(1, candle(99.5, 99.6, 99.2, 99.3), candle(99.3, 99.3, 98.7, 98.9));
        TradeRecord t = only(run(resting, limit(Side.LONG, 990, 99, TimeInForce.POST_ONLY, 0, NONE, NONE, ExitPlan.NONE, -1)));
        assertEquals(99, t.entryPrice(), EPS);
        assertEquals(resting.openTime(1), t.entryTimeMs());
    }

    @Test
    void aNewerEntryReplacesTheWaitingOneAndOnlyTheOtherSideIsRecordedAsMissed() {
        Tape tape = new Tape(1, candle(100, 100.5, 99.5, 100), candle(100, 101.2, 98, 100.5), flat(100.5));
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(x, 0);
        x.submitEntry(limit(Side.LONG, 980, 98, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, 0));
        x.submitEntry(limit(Side.SHORT, 1010, 101, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, 0));
        tape.run(x, 1);
        tape.finish(x);
        TradeRecord t = only(x);
        assertEquals(Side.SHORT, t.side(), "the candle reached 98 and 99 too, but the long was replaced");
        assertEquals(101, t.entryPrice(), EPS);
        MissedEntry m = onlyMissed(x);
        assertEquals(Side.LONG, m.side());
        assertEquals("replaced_by_opposite_signal", m.reason());
    }

    @Test
    void aSameSideSignalRepricesTheWaitingLimitEntry() {
        // waiting at 99 since bar 0; the bar-1 signal moves it to 100.2, which bar 2 reaches (99 never comes back)
        Tape tape = new Tape(1, candle(100, 100.5, 99.5, 100.4), candle(100.4, 100.9, 100.3, 100.8), candle(100.8, 100.8, 100.1, 100.5), flat(100.5));
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(x, 0);
        tape.step(x, 1);
        x.submitEntry(limit(Side.LONG, 1002, 100.2, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, 1));
        tape.run(x, 2);
        tape.finish(x);
        TradeRecord t = only(x);
        assertEquals(100.2, t.entryPrice(), EPS);
        assertEquals(tape.openTime(2), t.entryTimeMs());
        assertTrue(x.missedEntries().isEmpty(), "an amendment is not a missed entry");
    }

    @Test
    void onTheFillCandleOnlyTheStopCountsAndLimitLevelsAreNotShifted() {
        Tape stopped = new Tape(1, candle(100, 100, 98.4, 99.6), flat(99.6));
        TradeRecord s = only(run(stopped, limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, 98.5, 99.5, ExitPlan.NONE, -1)));
        assertEquals("sl", s.exitReason());
        assertEquals(98.5 * (1 - SLIPPAGE), s.exitPrice(), EPS);
        assertEquals(98.5, s.stopLoss(), EPS);

        Tape target = new Tape(1, candle(100, 100, 98.9, 99.8), candle(99.8, 99.9, 99.7, 99.8), flat(99.8));
        TradeRecord t = only(run(target, limit(Side.LONG, 990, 99, TimeInForce.GTC, 0, 98.5, 99.5, ExitPlan.NONE, -1)));
        assertEquals("tp", t.exitReason());
        assertEquals(target.openTime(1), t.exitTimeMs(), "the fill candle's high of 100 may have come before the fill");
        assertEquals("gap_open", t.exitPriceSource());
        assertEquals(99.8 * (1 - SLIPPAGE), t.exitPrice(), EPS);
        assertEquals(99.5, t.takeProfit(), EPS);
    }

    @Test
    void aLimitTargetFillsAtItsPriceOrABetterOpenWithTheMakerFee() {
        ExitPlan limitTarget = new ExitPlan(NONE, NONE, NONE, NONE, NONE, false, true);
        double fill = 100 * (1 + SLIPPAGE);
        double qty = 1_000 / fill;
        double target = 101 + fill - 100;
        Tape touched = new Tape(1, flat(100), candle(100, 101.5, 100, 101.2), flat(101.2));
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(Tape.market(Side.LONG, 1_000, 100, 95, 101, limitTarget, -1));
        touched.run(x, 0);
        TradeRecord t = only(x);
        assertEquals("tp_level", t.exitPriceSource());
        assertEquals(target, t.exitPrice(), EPS, "no slippage");
        assertEquals(1_000 * TAKER + qty * target * MAKER, t.feesPaid(), EPS);

        Tape gapped = new Tape(1, flat(100), candle(101.5, 101.8, 101.4, 101.6), flat(101.6));
        SimAccount y = new SimAccount(TERMS);
        y.submitEntry(Tape.market(Side.LONG, 1_000, 100, 95, 101, limitTarget, -1));
        gapped.run(y, 0);
        TradeRecord g = only(y);
        assertEquals("gap_open", g.exitPriceSource());
        assertEquals(101.5, g.exitPrice(), EPS, "the candle traded no lower than its open");
        assertEquals(1_000 * TAKER + qty * 101.5 * MAKER, g.feesPaid(), EPS);
    }

    @Test
    void aLimitStopFillsAtItsLevelUnlessTheCandleOpensBeyondIt() {
        ExitPlan limitStop = new ExitPlan(NONE, NONE, NONE, NONE, NONE, true, false);
        Tape touched = new Tape(1, flat(100), candle(100, 100, 94.5, 96), flat(96));
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(Tape.market(Side.LONG, 1_000, 100, 95, 110, limitStop, -1));
        touched.run(x, 0);
        TradeRecord t = only(x);
        double fill = 100 * (1 + SLIPPAGE);
        double qty = 1_000 / fill;
        double stop = 95 + fill - 100;
        assertEquals(stop, t.exitPrice(), EPS);
        assertEquals(1_000 * TAKER + qty * stop * MAKER, t.feesPaid(), EPS);

        Tape gapped = new Tape(1, flat(100), candle(94, 94.5, 93, 94), flat(94));
        SimAccount y = new SimAccount(TERMS);
        y.submitEntry(Tape.market(Side.LONG, 1_000, 100, 95, 110, limitStop, -1));
        gapped.run(y, 0);
        TradeRecord g = only(y);
        assertEquals("gap_open", g.exitPriceSource());
        assertEquals(94 * (1 - SLIPPAGE), g.exitPrice(), EPS);
        assertEquals(1_000 * TAKER + qty * g.exitPrice() * TAKER, g.feesPaid(), EPS);
    }
}

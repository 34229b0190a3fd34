package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static trade.sim.Tape.NONE;
import static trade.sim.Tape.candle;
import static trade.sim.Tape.flat;
import static trade.sim.Tape.limit;
import static trade.sim.Tape.market;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * Instrument rounding and minimums, the margin check, one position per symbol, partial exits and
 * MAE/MFE on hand-made 1m candles.
 */
class PositionRulesTest {
    private static final double EPS = 1e-9;
    private static final double TAKER = 0.00055, SLIPPAGE = 0.0002;
    private static final Instrument RULES = new Instrument(0.5, 0.1, 0.1, 0, 50, 0, 0);

    private static AccountTerms terms(Instrument instrument, double leverage) {
        return new AccountTerms("TEST", 10_000, leverage, TAKER, 0.0002, SLIPPAGE, 0.00055, 0.005, 0, FundingRates.constant(0), instrument);
    }

    @Test
    void quantitiesRoundDownAndLevelsGoToTheTick() {
        Tape tape = new Tape(1, flat(100), flat(100));
        SimAccount x = new SimAccount(terms(RULES, 1));
        x.submitEntry(market(Side.LONG, 1_009, 100, 97.3, 104.1, ExitPlan.NONE, -1));
        tape.run(x, 0);
        tape.finish(x);
        TradeRecord t = x.trades().get(0);
        double fill = 100 * (1 + SLIPPAGE);
        assertEquals(10.0, t.entryQty(), EPS, "1 009 / 100.02 = 10.088 units, 10.0 on the 0.1 step");
        assertEquals(10 * fill, t.entrySizeUsdt(), EPS);
        assertEquals(97.5, t.stopLoss(), EPS, "97.3 + 0.02 to the 0.5 tick");
        assertEquals(104.0, t.takeProfit(), EPS);
    }

    @Test
    void aLimitPriceIsPlacedOnTheNearestTick() {
        // 99.4 goes to 99.5 on the 0.5 tick: a low of 99.45 reaches it
        Tape tape = new Tape(1, candle(100, 100, 99.45, 99.6), flat(99.6));
        SimAccount x = new SimAccount(terms(RULES, 1));
        x.submitEntry(limit(Side.LONG, 995, 99.4, TimeInForce.GTC, 0, NONE, NONE, ExitPlan.NONE, -1));
        tape.run(x, 0);
        tape.finish(x);
        assertEquals(99.5, x.trades().get(0).entryPrice(), EPS);
        assertEquals(10.0, x.trades().get(0).entryQty(), EPS, "995 / 99.5");
    }

    @Test
    void anOrderUnderTheMinimumNotionalIsRefusedWithItsReason() {
        Tape tape = new Tape(1, flat(100), flat(100));
        SimAccount x = new SimAccount(terms(RULES, 1));
        x.submitEntry(market(Side.LONG, 49, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.run(x, 0);
        assertEquals(0, x.positionSign());
        assertEquals("below_min_notional", x.missedEntries().get(0).reason());
        assertEquals(tape.openTime(0), x.missedEntries().get(0).timeMs());
        assertEquals(10_000, x.equity(), 0, "a refused order costs nothing");
    }

    @Test
    void anOrderBeyondTheMarginIsRefused() {
        Tape tape = new Tape(1, flat(100), flat(100));
        SimAccount fits = new SimAccount(terms(Instrument.UNCONSTRAINED, 2));
        fits.submitEntry(market(Side.SHORT, 19_000, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.run(fits, 0);
        assertEquals(-1, fits.positionSign(), "9 500 margin + 10.45 fee fit in 10 000");
        SimAccount over = new SimAccount(terms(Instrument.UNCONSTRAINED, 2));
        over.submitEntry(market(Side.SHORT, 20_000, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.run(over, 0);
        assertEquals(0, over.positionSign());
        assertEquals("insufficient_margin", over.missedEntries().get(0).reason());
    }

    @Test
    void oneWayModeHoldsOnePositionAndIgnoresEntriesWhileItIsOpen() {
        Tape tape = new Tape(1, flat(100), flat(100), flat(100));
        SimAccount x = new SimAccount(terms(Instrument.UNCONSTRAINED, 1));
        x.submitEntry(market(Side.LONG, 1_000, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(x, 0);
        // the venue refuses an entry sent while a position is open (the core sends none: its actions enter only when flat)
        x.send(new OrderCommand.Submit("second", "TEST", Side.SHORT, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Notional(1_000),
                NONE, TimeInForce.GTC, OrderCommand.Timing.NEXT_CANDLE, false, OrderCommand.Protection.NONE, tape.barCloseTime(0)));
        assertTrue(x.events().stream().anyMatch(e -> e instanceof ExecutionEvent.Rejected r && r.clientOrderId().equals("second")
                && r.reason() == ExecutionEvent.Reason.POSITION_OPEN), x.events().toString());
        x.submitEntry(market(Side.SHORT, 1_000, 100, NONE, NONE, ExitPlan.NONE, 0));
        x.submitEntry(market(Side.LONG, 5_000, 100, NONE, NONE, ExitPlan.NONE, 0));
        tape.run(x, 1);
        tape.finish(x);
        assertEquals(1, x.trades().size());
        assertEquals(Side.LONG, x.trades().get(0).side());
        assertEquals(1_000, x.trades().get(0).entrySizeUsdt(), 1e-6);
        assertTrue(x.missedEntries().isEmpty());
    }

    @Test
    void aPartialExitClosesItsShareAtTheNextOpenAndBooksItsShareOfTheEntryFee() {
        Tape tape = new Tape(1, flat(100), flat(102), flat(104), flat(104));
        SimAccount x = new SimAccount(terms(Instrument.UNCONSTRAINED, 1));
        x.submitEntry(market(Side.LONG, 1_000.2, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(x, 0);
        x.submitClose(30);
        tape.run(x, 1);
        tape.finish(x);
        List<TradeRecord> trades = x.trades();
        assertEquals(2, trades.size());
        TradeRecord part = trades.get(0), rest = trades.get(1);
        double entryFee = 1_000.2 * TAKER;
        double exit1 = 102 * (1 - SLIPPAGE), exit2 = 104 * (1 - SLIPPAGE);
        assertEquals(3, part.entryQty(), EPS);
        assertEquals("signal", part.exitReason());
        assertEquals(tape.openTime(1), part.exitTimeMs());
        assertEquals(exit1, part.exitPrice(), EPS);
        assertEquals(0.3 * entryFee + 3 * exit1 * TAKER, part.feesPaid(), EPS);
        assertEquals(7, rest.entryQty(), EPS);
        assertEquals(0.7 * entryFee + 7 * exit2 * TAKER, rest.feesPaid(), EPS);
        assertEquals(10_000 + part.netPnl() + rest.netPnl(), x.equity(), EPS);
    }

    @Test
    void maeAndMfeCoverTheCandlesLivedThroughAndTheExitPrice() {
        // entry at 100; lived through lows of 98 and highs of 103; the stop at 97 exits on a candle reaching 96
        Tape tape = new Tape(1, candle(100, 101, 99, 100), candle(100, 103, 98, 99), candle(99, 99, 96, 96.5));
        SimAccount x = new SimAccount(new AccountTerms("TEST", 10_000, 1, 0, 0, 0, 0, 0.005, 0, FundingRates.constant(0), Instrument.UNCONSTRAINED));
        x.submitEntry(market(Side.LONG, 1_000, 100, 97, NONE, ExitPlan.NONE, -1));
        tape.run(x, 0);
        TradeRecord t = x.trades().get(0);
        assertEquals(3.0, t.maePct(), EPS, "down to the stop's 97, not the candle's 96 after the exit");
        assertEquals(3.0, t.mfePct(), EPS);

        SimAccount s = new SimAccount(new AccountTerms("TEST", 10_000, 1, 0, 0, 0, 0, 0.005, 0, FundingRates.constant(0), Instrument.UNCONSTRAINED));
        s.submitEntry(market(Side.SHORT, 1_000, 100, 104, NONE, ExitPlan.NONE, -1));
        tape.run(s, 0);
        tape.finish(s);
        TradeRecord u = s.trades().get(0);
        assertEquals(3.0, u.maePct(), EPS);
        assertEquals(4.0, u.mfePct(), EPS);
    }
}

package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static trade.sim.Tape.NONE;
import static trade.sim.Tape.flat;
import static trade.sim.Tape.market;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * Funding at 00:00, 08:00 and 16:00 UTC on a position held through that instant: longs pay and
 * shorts receive qty × price × rate (rate 0.01 %), into cash at once and into the trade record,
 * shared out when part of the position closes. Tapes start at 07:58 UTC with 2-minute bars, so
 * bar 1 opens at 08:00. Every position is 10 units.
 */
class FundingTest {
    private static final long AT_0758 = 1_735_689_600_000L + 8 * 3_600_000L - 2 * 60_000L;
    private static final double RATE = 0.0001;
    private static final AccountTerms TERMS = new AccountTerms("TEST", 10_000, 1, 0.00055, 0.0002, 0.0002, 0.00055, 0.005, 0, FundingRates.constant(RATE), Instrument.UNCONSTRAINED);

    private static double netSum(SimAccount x) { return x.trades().stream().mapToDouble(TradeRecord::netPnl).sum(); }

    @Test
    void aLongHeldThroughEightOClockPaysAndAShortReceives() {
        Tape tape = new Tape(AT_0758, 2, flat(100), flat(100), flat(101), flat(101));
        for (Side side : List.of(Side.LONG, Side.SHORT)) {
            SimAccount x = new SimAccount(TERMS);
            x.submitEntry(market(side, 1_000 * (1 + side.sign() * 0.0002), 100, NONE, NONE, ExitPlan.NONE, -1));
            tape.run(x, 0);
            tape.finish(x);
            TradeRecord t = x.trades().get(0);
            assertEquals(-side.sign() * 10 * 101 * RATE, t.fundingPnl(), 1e-9, side.name());
            assertEquals(t.realizedPnl() - t.feesPaid() + t.fundingPnl(), t.netPnl(), 1e-9);
            assertEquals(10_000 + netSum(x), x.cash(), 1e-9, "the trades add up to the cash change");
        }
    }

    @Test
    void aPositionOpenedAtTheFundingInstantPaysNothingAndOneClosedThenPays() {
        Tape tape = new Tape(AT_0758, 2, flat(100), flat(100), flat(100), flat(100));
        SimAccount opened = new SimAccount(TERMS);
        tape.step(opened, 0);
        opened.submitEntry(market(Side.LONG, 1_000.2, 100, NONE, NONE, ExitPlan.NONE, 0));
        tape.run(opened, 1);
        tape.finish(opened);
        assertEquals(tape.openTime(2), opened.trades().get(0).entryTimeMs());
        assertEquals(0, opened.trades().get(0).fundingPnl());

        SimAccount closed = new SimAccount(TERMS);
        closed.submitEntry(market(Side.LONG, 1_000.2, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(closed, 0);
        closed.submitClose(100);
        tape.step(closed, 1);
        TradeRecord t = closed.trades().get(0);
        assertEquals(tape.openTime(2), t.exitTimeMs());
        assertEquals(-10 * 100 * RATE, t.fundingPnl(), 1e-9);
    }

    @Test
    void aPartialCloseTakesItsShareOfTheFunding() {
        Tape tape = new Tape(AT_0758, 2, flat(100), flat(100), flat(100), flat(100), flat(102), flat(102));
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(market(Side.LONG, 1_000.2, 100, NONE, NONE, ExitPlan.NONE, -1));
        tape.step(x, 0);
        tape.step(x, 1);
        x.submitClose(40);
        tape.run(x, 2);
        tape.finish(x);
        List<TradeRecord> trades = x.trades();
        assertEquals(2, trades.size());
        assertEquals(4, trades.get(0).entryQty(), 1e-9);
        assertEquals(-0.1 * 0.4, trades.get(0).fundingPnl(), 1e-9);
        assertEquals(-0.1 * 0.6, trades.get(1).fundingPnl(), 1e-9);
        assertEquals(10_000 + netSum(x), x.cash(), 1e-9);
    }
}

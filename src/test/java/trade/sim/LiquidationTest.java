package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static trade.sim.Tape.NONE;
import static trade.sim.Tape.candle;
import static trade.sim.Tape.flat;
import static trade.sim.Tape.market;

import org.junit.jupiter.api.Test;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.ExitPlan;
import trade.engine.SimAccount;
import trade.engine.TradeRecord;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * engine.md §13.3's worked example, computed by hand: equity 10 000, leverage 10, taker 5.5 bps,
 * MMR 0.5 %, no slippage; a market long of 95 000 USDT at 100 is 950 units, entry fee 52.25,
 * cash 9 947.75. Liquidation is checked on each 1m close (the mark): at 90.1 equity is 542.75
 * against a maintenance margin of 950 × 90.1 × 0.555 % = 475.05; at 90.0 equity 447.75 is below
 * 474.53. It settles at the bankruptcy price 100 × 0.9 / (1 − 0.00055) = 90.04953, realizing
 * −9 452.95 (cash 494.80, the spec's figure) and paying the 47.05 liquidation fee (cash 447.75):
 * the trade loses exactly its isolated initial margin, 9 500 + 52.25.
 */
class LiquidationTest {
    private static final AccountTerms TERMS = new AccountTerms("TEST", 10_000, 10, 0.00055, 0.0002, 0, 0.00055, 0.005, 0, FundingRates.constant(0), Instrument.UNCONSTRAINED);
    private static final double BANKRUPTCY_LONG = 100 * 0.9 / (1 - 0.00055);

    private static SimAccount opened(Side side) {
        SimAccount x = new SimAccount(TERMS);
        x.submitEntry(market(side, 95_000, 100, NONE, NONE, ExitPlan.NONE, -1));
        return x;
    }

    @Test
    void theWorkedExampleLiquidatesAt90AndSettlesAtTheBankruptcyPrice() {
        Tape tape = new Tape(1, flat(100), flat(95), flat(90.1), candle(90.1, 90.1, 90, 90), flat(100));
        SimAccount x = opened(Side.LONG);
        tape.step(x, 0);
        assertEquals(9_947.75, x.cash(), 1e-9);
        assertEquals(9_947.75, x.equity(), 1e-9);
        tape.step(x, 1);
        assertEquals(5_197.75, x.equity(), 1e-9);
        tape.step(x, 2);
        assertEquals(542.75, x.equity(), 1e-9);
        assertTrue(!x.liquidated() && x.positionSign() == 1, "90.1 is above the liquidation price 90.028");
        tape.step(x, 3);
        assertTrue(x.liquidated());
        assertEquals(0, x.positionSign());
        TradeRecord t = x.trades().get(0);
        assertEquals("liquidation", t.exitReason());
        assertEquals("bankruptcy_price", t.exitPriceSource());
        assertEquals(90.04953, t.exitPrice(), 5e-6);
        assertEquals(BANKRUPTCY_LONG, t.exitPrice(), 1e-9);
        assertEquals(-9_452.95, t.realizedPnl(), 5e-3);
        double liquidationFee = 950 * BANKRUPTCY_LONG * 0.00055;
        assertEquals(47.05, liquidationFee, 5e-3);
        assertEquals(52.25 + liquidationFee, t.feesPaid(), 1e-9);
        assertEquals(-9_552.25, t.netPnl(), 1e-6);
        assertEquals(494.80, x.cash() + liquidationFee, 5e-3);
        assertEquals(447.75, x.cash(), 1e-6);
        assertEquals(tape.minutes.closeTime(3), t.exitTimeMs(), "at the close that marked it");
    }

    @Test
    void theTriggerIsTheReportedLiquidationPrice() {
        // (950 × 100 − 9 947.75) / (950 × (1 − 0.005 − 0.00055)) = 90.0283…
        Tape above = new Tape(1, flat(100), flat(90.03));
        SimAccount x = opened(Side.LONG);
        above.run(x, 0);
        assertTrue(!x.liquidated());
        Tape below = new Tape(1, flat(100), flat(90.02));
        SimAccount y = opened(Side.LONG);
        below.run(y, 0);
        assertTrue(y.liquidated());
    }

    @Test
    void aWickThroughTheLiquidationPriceThatClosesAboveItDoesNotLiquidate() {
        Tape tape = new Tape(1, flat(100), candle(95, 95, 80, 91), flat(91));
        SimAccount x = opened(Side.LONG);
        tape.run(x, 0);
        assertTrue(!x.liquidated() && x.positionSign() == 1, "the mark is the 1m close");
    }

    @Test
    void aShortIsLiquidatedAboveEntryAndLosesItsMarginToo() {
        // (9 947.75 + 95 000) / (950 × 1.00555) = 109.8616…; bankruptcy 100 × 1.1 / 1.00055
        Tape safe = new Tape(1, flat(100), flat(109.85));
        SimAccount x = opened(Side.SHORT);
        safe.run(x, 0);
        assertTrue(!x.liquidated());
        Tape tape = new Tape(1, flat(100), flat(109.87), flat(100));
        SimAccount y = opened(Side.SHORT);
        tape.run(y, 0);
        assertTrue(y.liquidated());
        TradeRecord t = y.trades().get(0);
        assertEquals(100 * 1.1 / 1.00055, t.exitPrice(), 1e-9);
        assertEquals(-9_552.25, t.netPnl(), 1e-6);
    }

    @Test
    void nothingTradesAfterALiquidation() {
        Tape tape = new Tape(1, flat(100), flat(80), flat(100), flat(100));
        SimAccount x = opened(Side.LONG);
        tape.step(x, 0);
        tape.step(x, 1);
        assertTrue(x.liquidated());
        double cash = x.cash();
        x.submitEntry(market(Side.LONG, 100, 100, NONE, NONE, ExitPlan.NONE, 1));
        tape.step(x, 2);
        tape.step(x, 3);
        assertEquals(0, x.positionSign());
        assertEquals(1, x.trades().size());
        assertEquals(cash, x.cash());
        assertEquals(cash, x.equity());
    }
}

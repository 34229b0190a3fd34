package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.play.AccountSpec;
import trade.play.RiskModel;

/**
 * The stop against the liquidation price of a fresh position (engine.md §8 step 1) at 10×
 * leverage, MMR 0.5 %, taker 5.5 bps: a long at 100 is liquidated at 100 × 0.9 / (1 − 0.00555)
 * = 90.50279…, so a stop may lie at most 9.49721… × (1 − 0.1 %) = 9.48771… below the entry.
 */
class EntryPricingTest {
    private static final double SAFE = (100 - 100 * 0.9 / (1 - 0.00555)) * (1 - 0.001);

    private static EntryPricing pricing(String policy) {
        AccountSpec account = new AccountSpec(10_000, 10, 100, 5.5, 2, 0, 10, 0.005, 0, policy, null);
        return new EntryPricing(risk(), account);
    }

    /** Stop 9.5 below a long at 100 (fixed points); the target is 20 points away. */
    private static RiskModel risk() {
        return new RiskModel(new RiskModel.StopLoss(RiskModel.StopType.FIXED_POINTS, 9.5, null, 0, Double.NaN, Double.NaN, Double.NaN),
                new RiskModel.TakeProfit(RiskModel.TargetType.FIXED_POINTS, 20, null),
                new RiskModel.Sizing(RiskModel.SizingModel.PERCENT_EQUITY, 10, 10), null, null,
                RiskModel.OrderType.MARKET, RiskModel.OrderType.MARKET);
    }

    @Test
    void theDefaultPolicyRefusesAStopBeyondLiquidation() {
        EntryPricing p = pricing("reject");
        assertFalse(p.price(Side.LONG, 100, 10_000, Double.NaN, Double.NaN));
        assertEquals("stop_beyond_liquidation", p.refusal);
    }

    @Test
    void adjustMovesTheStopJustInsideTheLiquidationPrice() {
        EntryPricing p = pricing("adjust");
        assertTrue(p.price(Side.LONG, 100, 10_000, Double.NaN, Double.NaN));
        assertEquals(100 - SAFE, p.stop, 1e-9);
        assertEquals(120, p.target, 1e-9, "the target keeps its own distance");
        assertTrue(p.price(Side.SHORT, 100, 10_000, Double.NaN, Double.NaN));
        assertEquals(100 + (100 * 1.1 / (1 + 0.00555) - 100) * 0.999, p.stop, 1e-9, "a short's liquidation is nearer: 109.39…");
    }

    @Test
    void warnKeepsThePlaysStop() {
        EntryPricing p = pricing("warn");
        assertTrue(p.price(Side.LONG, 100, 10_000, Double.NaN, Double.NaN));
        assertEquals(90.5, p.stop, 1e-9);
        assertEquals(10_000 * 0.10 * 10, p.notional, 1e-9);
    }

    @Test
    void aSizeUnderTheMinimumNotionalIsRefusedWithItsReason() {
        EntryPricing p = pricing("warn");
        assertFalse(p.price(Side.LONG, 100, 5, Double.NaN, Double.NaN));
        assertEquals("below_min_trade_notional", p.refusal);
    }
}

package trade.play;

import java.util.Map;
import trade.play.RiskModel.BreakEven;
import trade.play.RiskModel.Sizing;
import trade.play.RiskModel.StopLoss;
import trade.play.RiskModel.TakeProfit;
import trade.play.RiskModel.Trailing;

/** The numbers of a {@link RiskModel} that {@link PlayTemplate} binds. */
enum RiskField {
    STOP_VALUE, STOP_BUFFER_PCT, STOP_ATR_MULTIPLIER, STOP_TRAIL_PCT, STOP_ACTIVATION_PCT,
    TARGET_VALUE, SIZING_VALUE, SIZING_MAX_LEVERAGE,
    BREAK_EVEN_ACTIVATION_PCT, BREAK_EVEN_OFFSET_PCT,
    TRAILING_ATR_MULTIPLIER, TRAILING_TRAIL_PCT, TRAILING_ACTIVATION_PCT;

    /** The model with {@code values} in place of its own; types, ATR features and order types stay. */
    static RiskModel with(RiskModel r, Map<RiskField, Double> values) {
        StopLoss s = r.stopLoss();
        StopLoss stop = new StopLoss(s.type(), values.getOrDefault(STOP_VALUE, s.value()), s.atrFeatureId(),
                values.getOrDefault(STOP_BUFFER_PCT, s.bufferPct()), values.getOrDefault(STOP_ATR_MULTIPLIER, s.atrMultiplier()),
                values.getOrDefault(STOP_TRAIL_PCT, s.trailPct()), values.getOrDefault(STOP_ACTIVATION_PCT, s.activationPct()));
        TakeProfit t = r.takeProfit();
        TakeProfit target = new TakeProfit(t.type(), values.getOrDefault(TARGET_VALUE, t.value()), t.atrFeatureId());
        Sizing z = r.sizing();
        Sizing sizing = new Sizing(z.model(), values.getOrDefault(SIZING_VALUE, z.value()), values.getOrDefault(SIZING_MAX_LEVERAGE, z.maxLeverage()));
        BreakEven b = r.breakEven();
        BreakEven breakEven = b == null ? null : new BreakEven(values.getOrDefault(BREAK_EVEN_ACTIVATION_PCT, b.activationPct()),
                values.getOrDefault(BREAK_EVEN_OFFSET_PCT, b.offsetPct()));
        Trailing w = r.trailing();
        Trailing trailing = w == null ? null : new Trailing(values.getOrDefault(TRAILING_ATR_MULTIPLIER, w.atrMultiplier()), w.atrFeatureId(),
                values.getOrDefault(TRAILING_TRAIL_PCT, w.trailPct()), values.getOrDefault(TRAILING_ACTIVATION_PCT, w.activationPct()));
        return new RiskModel(stop, target, sizing, breakEven, trailing, r.stopOrderType(), r.targetOrderType());
    }
}

package trade.engine;

import trade.play.RiskModel;

/**
 * How an open position's stop moves and how its exits are placed (play-dsl §6.4). The trailing
 * stop follows the most favourable price since entry by {@code trailAtrMultiple} × the previous
 * exec bar's ATR, or else by {@code trailPct} % of that price, once the move reached
 * {@code trailActivationPct} %; break-even lifts the stop to entry ± {@code breakEvenOffsetPct} %
 * once the move reached {@code breakEvenActivationPct} %. NaN switches a rule off. Limit exits
 * pay the maker fee and no slippage.
 */
public record ExitPlan(double trailAtrMultiple, double trailPct, double trailActivationPct,
                       double breakEvenActivationPct, double breakEvenOffsetPct,
                       boolean stopIsLimit, boolean targetIsLimit) {
    public static final ExitPlan NONE = new ExitPlan(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, false);

    /** The plan of a risk model (null: no stop, nothing moves). A trailing stop type wins over a {@code trailing:} block. */
    public static ExitPlan of(RiskModel risk) {
        if (risk == null) return NONE;
        RiskModel.StopLoss sl = risk.stopLoss();
        RiskModel.Trailing t = risk.trailing();
        double atrMultiple = Double.NaN, pct = Double.NaN, activation = Double.NaN;
        if (sl.type().trailing()) {
            atrMultiple = sl.type() == RiskModel.StopType.TRAILING_ATR ? sl.atrMultiplier() : Double.NaN;
            pct = sl.trailPct();
            activation = sl.activationPct();
        } else if (t != null) {
            atrMultiple = t.atrFeatureId() != null ? t.atrMultiplier() : Double.NaN;
            pct = t.trailPct();
            activation = t.activationPct();
        }
        RiskModel.BreakEven be = risk.breakEven();
        return new ExitPlan(atrMultiple, pct, activation,
                be == null ? Double.NaN : be.activationPct(), be == null ? Double.NaN : be.offsetPct(),
                risk.stopOrderType() == RiskModel.OrderType.LIMIT, risk.targetOrderType() == RiskModel.OrderType.LIMIT);
    }

    public boolean trails() { return !Double.isNaN(trailAtrMultiple) || !Double.isNaN(trailPct); }

    public boolean breaksEven() { return !Double.isNaN(breakEvenActivationPct); }
}

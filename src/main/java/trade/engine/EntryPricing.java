package trade.engine;

import trade.core.Side;
import trade.play.AccountSpec;
import trade.play.RiskModel;
import trade.play.RiskModel.SizingModel;

/**
 * Stop, target and notional of a new position from the Play's risk model (play-dsl §6.2–6.5),
 * priced off the signal bar's close, and the stop checked against the liquidation price
 * (engine.md §8, {@code account.on_sl_beyond_liq}). Results are left in fields so that pricing
 * allocates nothing.
 */
final class EntryPricing {
    private final RiskModel risk;
    private final AccountSpec account;
    private final double takerRate;
    /** ROI-based percents are divided by this leverage (at least 1). */
    private final double roiLeverage;
    /** Leverage positions are sized with, and margined at. */
    private final double leverage;

    double stop, target, notional;
    /** Why the last {@link #price} returned false. */
    String refusal;

    EntryPricing(RiskModel risk, AccountSpec account) {
        this.risk = risk;
        this.account = account;
        this.takerRate = account.takerBps() / 10_000;
        this.roiLeverage = Math.max(1, account.maxLeverage());
        this.leverage = risk != null ? risk.sizing().maxLeverage() : account.maxLeverage();
    }

    /**
     * Prices an entry. ATR values are those of the features the model names (NaN when missing or
     * unused). Returns false when the entry must be skipped, with {@link #refusal} saying why: an
     * ATR-based stop or target without an ATR value (opening unprotected is never an option), a stop
     * at or beyond the liquidation price under {@code on_sl_beyond_liq: reject}, or a size below
     * the minimum notional.
     */
    boolean price(Side side, double close, double equity, double stopAtr, double targetAtr) {
        stop = Double.NaN;
        target = Double.NaN;
        notional = 0;
        double stopDistance = Double.NaN;
        if (risk != null) {
            RiskModel.StopLoss sl = risk.stopLoss();
            stopDistance = switch (sl.type()) {
                case PERCENT -> close * sl.value() / 100 / roiLeverage;
                case ATR_MULTIPLE -> stopAtr * sl.value() + close * sl.bufferPct() / 100;
                case FIXED_POINTS -> sl.value();
                case TRAILING_ATR -> stopAtr * sl.atrMultiplier();
                case TRAILING_PCT -> close * sl.trailPct() / 100;
            };
            RiskModel.TakeProfit tp = risk.takeProfit();
            double targetDistance = switch (tp.type()) {
                case PERCENT -> close * tp.value() / 100 / roiLeverage;
                case RR_RATIO -> stopDistance * tp.value();
                case ATR_MULTIPLE -> targetAtr * tp.value();
                case FIXED_POINTS -> tp.value();
            };
            if (!(stopDistance > 0) || !(targetDistance > 0)) return refuse("no_atr_value");
            int sign = side == Side.LONG ? 1 : -1;
            target = close + sign * targetDistance;
            double safeDistance = liquidationDistance(side, close) * (1 - 0.1 / 100);
            if (stopDistance >= safeDistance) {
                switch (account.onStopBeyondLiquidation()) {
                    case "reject" -> { return refuse("stop_beyond_liquidation"); }
                    case "adjust" -> stopDistance = safeDistance;
                    default -> { } // warn: the Play asked to keep its stop
                }
            }
            stop = close - sign * stopDistance;
        }
        double cap = Math.min(equity * 0.95 * leverage, equity * leverage / (1 + 2 * takerRate));
        SizingModel model = risk != null ? risk.sizing().model() : SizingModel.PERCENT_EQUITY;
        double value = risk != null ? risk.sizing().value() : account.riskPerTradePct() != null ? account.riskPerTradePct() : 1.0;
        double wanted = switch (model) {
            case PERCENT_EQUITY -> equity * value / 100 * leverage;
            case RISK_BASED -> equity * value / 100 * close / stopDistance;
            case FIXED_USDT -> value * leverage;
        };
        notional = Math.min(wanted, cap);
        return notional > 0 && notional >= account.minTradeNotionalUsdt() || refuse("below_min_trade_notional");
    }

    /**
     * Distance from {@code entry} to the price at which a fresh position of this leverage would be
     * liquidated (maintenance margin plus the closing fee): E·(1 ∓ 1/L)/(1 ∓ (MMR + taker)).
     */
    private double liquidationDistance(Side side, double entry) {
        double keep = account.maintenanceMarginRate() + takerRate;
        double liquidation = side == Side.LONG ? entry * (1 - 1 / leverage) / (1 - keep) : entry * (1 + 1 / leverage) / (1 + keep);
        return Math.abs(entry - Math.max(0, liquidation));
    }

    private boolean refuse(String reason) {
        refusal = reason;
        return false;
    }
}

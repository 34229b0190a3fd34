package trade.sim;

import java.util.Map;
import trade.core.Instrument;
import trade.core.Side;
import trade.engine.port.ExitPlan;

/**
 * The open position's state inside the simulator (mutable; never leaves the package): size, the
 * entry fee and funding not yet booked into a trade record, the stop as it moves, and the price
 * range seen while open.
 */
final class OpenPosition {
    final Side side;
    final int sign;
    final double entryPrice;
    final double takeProfit;
    final long entryTime;
    final int entryBar;
    final Map<String, Object> metadata;
    final ExitPlan exits;
    private final Instrument instrument;
    double qty;
    double entryFeeLeft;
    double fundingLeft;
    double stopLoss;
    /** Most favourable mark since entry, and whether the trailing stop has been switched on. */
    private double peak;
    private boolean trailing;
    private boolean brokeEven;
    private double lowest;
    private double highest;

    OpenPosition(Side side, double entryPrice, double qty, double entryFee, double stopLoss, double takeProfit,
                 long entryTime, int entryBar, Map<String, Object> metadata, ExitPlan exits, Instrument instrument) {
        this.side = side;
        this.sign = side.sign();
        this.entryPrice = entryPrice;
        this.qty = qty;
        this.entryFeeLeft = entryFee;
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
        this.entryTime = entryTime;
        this.entryBar = entryBar;
        this.metadata = metadata;
        this.exits = exits;
        this.instrument = instrument;
        this.peak = entryPrice;
        this.lowest = entryPrice;
        this.highest = entryPrice;
    }

    double unrealized(double mark) { return sign * (mark - entryPrice) * qty; }

    /**
     * Moves the stop after a 1m candle closed at {@code mark}: the trailing stop follows the best
     * mark by the ATR distance (when {@code atr} is a positive number and the plan trails by ATR)
     * or by the percent distance, once the move reached the activation; break-even lifts the stop
     * once. The stop never loosens, so the new level applies from the next candle on.
     */
    void followMark(double mark, double atr) {
        ExitPlan plan = exits;
        if (plan.trails()) {
            peak = sign > 0 ? Math.max(peak, mark) : Math.min(peak, mark);
            if (!trailing) {
                double activation = Double.isNaN(plan.trailActivationPct()) ? 0 : plan.trailActivationPct();
                trailing = Math.abs(peak - entryPrice) / entryPrice * 100 >= activation;
            }
            if (trailing) {
                double distance = atr > 0 && plan.trailAtrMultiple() > 0 ? atr * plan.trailAtrMultiple()
                        : plan.trailPct() > 0 ? peak * plan.trailPct() / 100 : Double.NaN;
                if (!Double.isNaN(distance)) tighten(peak - sign * distance);
            }
        }
        if (!brokeEven && plan.breaksEven() && sign * (mark - entryPrice) / entryPrice * 100 >= plan.breakEvenActivationPct()) {
            brokeEven = true;
            tighten(entryPrice * (1 + sign * plan.breakEvenOffsetPct() / 100));
        }
    }

    private void tighten(double candidate) {
        double level = instrument.price(candidate);
        if (Double.isNaN(stopLoss) || sign * (level - stopLoss) > 0) stopLoss = level;
    }

    /** Widens the price range seen while open. */
    void track(double high, double low) {
        highest = Math.max(highest, high);
        lowest = Math.min(lowest, low);
    }

    /** Maximum adverse excursion, percent of entry. */
    double maePct() {
        return sign > 0 ? (entryPrice - lowest) / entryPrice * 100 : (highest - entryPrice) / entryPrice * 100;
    }

    double mfePct() {
        return sign > 0 ? (highest - entryPrice) / entryPrice * 100 : (entryPrice - lowest) / entryPrice * 100;
    }
}

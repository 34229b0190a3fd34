package trade.engine;

import trade.core.Instrument;

/**
 * The strategy's side of a position's stop: after each 1m close it decides whether the trailing
 * stop or break-even tightens the stop, and the core sends the new level to the venue as an
 * amendment (in every mode, so the simulator and Bybit get the same requests). The trailing stop
 * follows the best close since entry by the ATR distance (when the plan trails by ATR and an ATR
 * value is known) or by the percent distance, once the move reached the activation; break-even
 * lifts the stop once. A stop never loosens; a new level applies from the next candle on.
 */
final class ProtectiveStops {
    private final ExitPlan plan;
    private final Instrument instrument;
    private int sign;
    private double entryPrice;
    private double peak;
    private boolean trailing;
    private boolean brokeEven;

    ProtectiveStops(ExitPlan plan, Instrument instrument) {
        this.plan = plan;
        this.instrument = instrument;
    }

    boolean active() { return plan.trails() || plan.breaksEven(); }

    /** A new position: nothing has moved yet. */
    void reset(int sign, double entryPrice) {
        this.sign = sign;
        this.entryPrice = entryPrice;
        this.peak = entryPrice;
        this.trailing = false;
        this.brokeEven = false;
    }

    /** The stop after a 1m close at {@code mark}: {@code stop} itself when nothing tightens it. */
    double follow(double stop, double mark, double atr) {
        if (plan.trails()) {
            peak = sign > 0 ? Math.max(peak, mark) : Math.min(peak, mark);
            if (!trailing) {
                double activation = Double.isNaN(plan.trailActivationPct()) ? 0 : plan.trailActivationPct();
                trailing = Math.abs(peak - entryPrice) / entryPrice * 100 >= activation;
            }
            if (trailing) {
                double distance = atr > 0 && plan.trailAtrMultiple() > 0 ? atr * plan.trailAtrMultiple()
                        : plan.trailPct() > 0 ? peak * plan.trailPct() / 100 : Double.NaN;
                if (!Double.isNaN(distance)) stop = tighter(stop, peak - sign * distance);
            }
        }
        if (!brokeEven && plan.breaksEven() && sign * (mark - entryPrice) / entryPrice * 100 >= plan.breakEvenActivationPct()) {
            brokeEven = true;
            stop = tighter(stop, entryPrice * (1 + sign * plan.breakEvenOffsetPct() / 100));
        }
        return stop;
    }

    private double tighter(double stop, double candidate) {
        double level = instrument.price(candidate);
        return Double.isNaN(stop) || sign * (level - stop) > 0 ? level : stop;
    }
}

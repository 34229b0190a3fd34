package trade.sim;

import java.util.Map;
import trade.core.Side;

/** The open position's state inside the simulator (mutable; never leaves the package). */
final class OpenPosition {
    final Side side;
    final double entryPrice;
    final double stopLoss;
    final double takeProfit;
    final long entryTime;
    final int entryBar;
    final Map<String, Object> metadata;
    double qty;
    double entryFeeLeft;
    private double lowest;
    private double highest;

    OpenPosition(Side side, double entryPrice, double qty, double entryFee, double stopLoss, double takeProfit,
                 long entryTime, int entryBar, Map<String, Object> metadata) {
        this.side = side;
        this.entryPrice = entryPrice;
        this.qty = qty;
        this.entryFeeLeft = entryFee;
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
        this.entryTime = entryTime;
        this.entryBar = entryBar;
        this.metadata = metadata;
        this.lowest = entryPrice;
        this.highest = entryPrice;
    }

    /** Widens the price range seen while open (exec bars the position survives). */
    void track(double high, double low) {
        highest = Math.max(highest, high);
        lowest = Math.min(lowest, low);
    }

    /** Maximum adverse excursion, percent of entry, 4 decimals' worth of precision kept by the caller. */
    double maePct() {
        return side == Side.LONG ? (entryPrice - lowest) / entryPrice * 100 : (highest - entryPrice) / entryPrice * 100;
    }

    double mfePct() {
        return side == Side.LONG ? (highest - entryPrice) / entryPrice * 100 : (entryPrice - lowest) / entryPrice * 100;
    }
}

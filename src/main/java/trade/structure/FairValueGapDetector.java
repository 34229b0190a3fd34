package trade.structure;

import java.util.function.DoubleSupplier;
import trade.core.Params;

/**
 * Three-candle imbalances (structures.md §3.9): price left a gap between candle 1's high and
 * candle 3's low (bullish) or the mirror (bearish). A gap counts as mitigated once half of it has
 * been filled and as invalidated when a close goes through its far side; invalidation is checked
 * after mitigation and wins, as in the original. The gap is anchored on candle 3, the bar it is
 * seen on.
 */
final class FairValueGapDetector implements Structure {
    static final int NEAREST_BULL_FILL_PCT = PriceBands.SHARED, NEAREST_BEAR_FILL_PCT = PriceBands.SHARED + 1,
            VERSION = PriceBands.SHARED + 2;

    private final double minGapAtr;
    private final DoubleSupplier atrSource;
    private final PriceBands gaps;
    // candle 1 and candle 2 of the three-candle window (candle 3 is the bar being updated)
    private double high1, low1, high2, low2;
    private int seen;

    FairValueGapDetector(Params p, DoubleSupplier atr) {
        minGapAtr = p.number("min_gap_atr");
        if (minGapAtr > 0 && atr == null) throw new IllegalArgumentException("fair_value_gap with min_gap_atr needs an ATR");
        atrSource = atr;
        gaps = new PriceBands(p.integer("max_active"));
        reset();
    }

    @Override
    public void reset() {
        gaps.reset();
        high1 = low1 = high2 = low2 = Double.NaN;
        seen = 0;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        gaps.startBar();
        if (seen >= 2) {
            double atr = minGapAtr > 0 ? atrSource.getAsDouble() : Double.NaN;
            if (low > high1) {
                if (wideEnough(low - high1, atr)) gaps.create(1, low, high1, barIndex);
            } else if (high < low1) {
                if (wideEnough(low1 - high, atr)) gaps.create(-1, low1, high, barIndex);
            }
        }
        high1 = high2;
        low1 = low2;
        high2 = high;
        low2 = low;
        seen++;
        fill(high, low, close);
        gaps.finishBar(close);
    }

    private boolean wideEnough(double gap, double atr) {
        return minGapAtr <= 0 || (Double.isFinite(atr) && atr > 0 && gap >= minGapAtr * atr);
    }

    private void fill(double high, double low, double close) {
        for (int i = 0; i < gaps.size(); i++) {
            if (!gaps.active(i)) continue;
            double top = gaps.upper(i), bottom = gaps.lower(i), range = top - bottom;
            if (range <= 0) continue;
            boolean bullish = gaps.direction(i) > 0;
            if (bullish ? low <= top : high >= bottom) {
                double filled = Math.min((bullish ? top - low : high - bottom) / range, 1);
                gaps.setFill(i, Math.max(gaps.fill(i), filled));
                if (gaps.fill(i) >= 0.5) gaps.mitigate(i);
            }
            if (bullish ? close < bottom : close > top) gaps.invalidate(i);
        }
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case NEAREST_BULL_FILL_PCT -> gaps.nearestBull() < 0 ? Double.NaN : gaps.fill(gaps.nearestBull());
            case NEAREST_BEAR_FILL_PCT -> gaps.nearestBear() < 0 ? Double.NaN : gaps.fill(gaps.nearestBear());
            case VERSION -> gaps.version();
            default -> {
                if (index < 0 || index > VERSION) throw new IndexOutOfBoundsException("fair_value_gap has no output " + index);
                yield gaps.output(index);
            }
        };
    }
}

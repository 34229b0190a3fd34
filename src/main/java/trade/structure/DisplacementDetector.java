package trade.structure;

import java.util.function.DoubleSupplier;
import trade.core.Params;

/**
 * An impulsive candle (structures.md §3.8): a body of at least {@code body_atr_min} ATR with wicks
 * at most {@code wick_ratio_max} of the body. A doji reports ratio 0 and wick ratio +∞ so it can
 * never qualify. The first four outputs describe this bar only.
 */
final class DisplacementDetector implements Structure {
    static final int IS_DISPLACEMENT = 0, DIRECTION = 1, BODY_ATR_RATIO = 2, WICK_RATIO = 3, LAST_IDX = 4,
            LAST_DIRECTION = 5, VERSION = 6;

    private final DoubleSupplier atrSource;
    private final double bodyAtrMin, wickRatioMax;

    private boolean isDisplacement;
    private int direction, lastIdx, lastDirection, version;
    private double bodyAtrRatio, wickRatio;

    DisplacementDetector(Params p, DoubleSupplier atr) {
        if (atr == null) throw new IllegalArgumentException("displacement needs an ATR");
        atrSource = atr;
        bodyAtrMin = p.number("body_atr_min");
        wickRatioMax = p.number("wick_ratio_max");
        reset();
    }

    @Override
    public void reset() {
        isDisplacement = false;
        direction = lastDirection = version = 0;
        lastIdx = -1;
        bodyAtrRatio = wickRatio = Double.NaN;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        isDisplacement = false;
        direction = 0;
        bodyAtrRatio = wickRatio = Double.NaN;
        double atr = atrSource.getAsDouble();
        if (Double.isNaN(atr) || atr <= 0) return;
        double body = Math.abs(close - open);
        if (body == 0) {
            bodyAtrRatio = 0;
            wickRatio = Double.POSITIVE_INFINITY;
            return;
        }
        double upperWick = high - Math.max(open, close), lowerWick = Math.min(open, close) - low;
        bodyAtrRatio = body / atr;
        wickRatio = (upperWick + lowerWick) / body;
        if (bodyAtrRatio >= bodyAtrMin && wickRatio <= wickRatioMax) {
            isDisplacement = true;
            direction = close > open ? 1 : -1;
            lastIdx = barIndex;
            lastDirection = direction;
            version++;
        }
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case IS_DISPLACEMENT -> SwingDetector.flag(isDisplacement);
            case DIRECTION -> direction;
            case BODY_ATR_RATIO -> bodyAtrRatio;
            case WICK_RATIO -> wickRatio;
            case LAST_IDX -> lastIdx;
            case LAST_DIRECTION -> lastDirection;
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("displacement has no output " + index);
        };
    }
}

package trade.indicator;

/**
 * supertrend (indicators.md §4.25): bands hl2 ± multiplier·ATR; in an uptrend the lower band only
 * rises, in a downtrend the upper band only falls, and a close beyond the previous bar's final band
 * flips the direction (that bar takes the fresh bands). Outputs: trend (the band in force),
 * direction (+1/−1, 0 before the first value), long (lower band in an uptrend, else NaN), short.
 */
final class Supertrend implements Indicator {
    static final int TREND = 0, DIRECTION = 1, LONG = 2, SHORT = 3;

    private final TrueRange trueRange = new TrueRange();
    private final ExponentialAverage atr;
    private final double multiplier;
    private int direction;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private double trend = Double.NaN;

    Supertrend(int length, double multiplier) {
        if (length < 2) throw new IllegalArgumentException("supertrend length must be >= 2, was " + length);
        this.atr = ExponentialAverage.wilderSmaSeeded(length);
        this.multiplier = multiplier;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        atr.update(trueRange.next(high, low, close));
        if (!atr.isReady()) return;
        double hl2 = (high + low) / 2;
        double basicUpper = hl2 + multiplier * atr.value();
        double basicLower = hl2 - multiplier * atr.value();
        if (direction == 0) {
            direction = 1;
            upper = basicUpper;
            lower = basicLower;
            trend = basicLower;
            return;
        }
        boolean breakout = close > upper || close < lower;
        if (close > upper) direction = 1;
        else if (close < lower) direction = -1;
        double finalUpper = basicUpper, finalLower = basicLower;
        if (!breakout) {
            if (direction > 0) finalLower = Math.max(basicLower, lower);
            else finalUpper = Math.min(basicUpper, upper);
        }
        trend = direction > 0 ? finalLower : finalUpper;
        upper = finalUpper;
        lower = finalLower;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case TREND -> trend;
            case DIRECTION -> direction;
            case LONG -> direction == 1 ? lower : Double.NaN;
            case SHORT -> direction == -1 ? upper : Double.NaN;
            default -> throw new IndexOutOfBoundsException("supertrend has 4 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return direction != 0; }

    @Override
    public void reset() {
        trueRange.reset();
        atr.reset();
        direction = 0;
        upper = lower = trend = Double.NaN;
    }
}

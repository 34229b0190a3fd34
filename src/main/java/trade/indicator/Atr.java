package trade.indicator;

/**
 * atr (indicators.md §4.31, §2 ATR with prenan=false): Wilder smoothing of the true range seeded by
 * the mean of the first length true ranges (bar 0 contributes H-L); first value at t = length-1.
 */
final class Atr implements Indicator {
    private final TrueRange trueRange = new TrueRange();
    private final ExponentialAverage average;

    Atr(int length) {
        if (length < 2) throw new IllegalArgumentException("atr length must be >= 2, was " + length);
        this.average = ExponentialAverage.wilderSmaSeeded(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        average.update(trueRange.next(high, low, close));
    }

    @Override
    public double output(int index) { return average.value(); }

    @Override
    public boolean isReady() { return average.isReady(); }

    @Override
    public void reset() {
        trueRange.reset();
        average.reset();
    }
}

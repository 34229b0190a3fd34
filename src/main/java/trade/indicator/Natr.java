package trade.indicator;

/**
 * natr (indicators.md §4.32): SMA-seeded EMA of the true range as a percentage of the close. It uses
 * EMA smoothing like pandas_ta's default, not Wilder's, so it is not TA-Lib's NATR.
 */
final class Natr implements Indicator {
    private final TrueRange trueRange = new TrueRange();
    private final ExponentialAverage average;
    private double value = Double.NaN;

    Natr(int length) { this.average = ExponentialAverage.smaSeeded(length); }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        average.update(trueRange.next(high, low, close));
        if (average.isReady()) value = close == 0 ? Double.NaN : (100 / close) * average.value();
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return average.isReady(); }

    @Override
    public void reset() {
        trueRange.reset();
        average.reset();
        value = Double.NaN;
    }
}

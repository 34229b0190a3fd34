package trade.indicator;

/**
 * rsi (indicators.md §4.13): Wilder averages of gains and losses seeded by the first change
 * (pandas_ta's rma), not by an SMA of the first n changes, so early values differ from TA-Lib.
 * The value is withheld until t = length although the averages exist from t = 1.
 */
final class Rsi implements Indicator {
    private final InputSource source;
    private final int length;
    private final ExponentialAverage gains;
    private final ExponentialAverage losses;
    private int count;
    private double previous;
    private double value = Double.NaN;

    Rsi(int length, InputSource source) {
        this.source = source;
        this.length = length;
        this.gains = ExponentialAverage.wilder(length);
        this.losses = ExponentialAverage.wilder(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (count++ > 0) {
            gains.update(Math.max(0, x - previous));
            losses.update(Math.max(0, previous - x));
        }
        previous = x;
        if (count > length) {
            double ag = gains.value();
            double al = losses.value();
            value = ag + al == 0 ? 50 : 100 * ag / (ag + al);
        }
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return count > length; }

    @Override
    public void reset() {
        gains.reset();
        losses.reset();
        count = 0;
        previous = 0;
        value = Double.NaN;
    }
}

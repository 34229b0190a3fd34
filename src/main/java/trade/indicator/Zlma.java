package trade.indicator;

/**
 * zlma (indicators.md §4.7): EMA of the de-lagged series 2·x_t − x_{t−lag}, lag = floor((n−1)/2).
 * The EMA is seeded by the mean of its first n−lag inputs (pandas_ta's seed window starts with the
 * lag NaNs), so the first value is at t = n−1.
 */
final class Zlma implements Indicator {
    private final InputSource source;
    private final ValueRing recent;
    private final ExponentialAverage average;

    Zlma(int length, InputSource source) {
        this.source = source;
        int lag = (int) Math.floor(0.5 * (length - 1));
        this.recent = new ValueRing(lag + 1);
        this.average = ExponentialAverage.smaSeededOver(length, length - lag);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        recent.push(x);
        if (recent.isFull()) average.update(2 * x - recent.oldest());
    }

    @Override
    public double output(int index) { return average.value(); }

    @Override
    public boolean isReady() { return average.isReady(); }

    @Override
    public void reset() {
        recent.clear();
        average.reset();
    }
}

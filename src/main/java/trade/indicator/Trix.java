package trade.indicator;

/**
 * trix (indicators.md §4.29): one-bar percent change of a triple EMA (SMA-seeded, then two EMAs
 * seeded by their first input), and its simple moving average as signal. A previous triple EMA of 0
 * gives no change on that bar. Outputs: trix (from t = n), signal (from t = n+signal−1).
 */
final class Trix implements Indicator {
    static final int TRIX = 0, SIGNAL = 1;

    private final InputSource source;
    private final ExponentialAverage first;
    private final ExponentialAverage second;
    private final ExponentialAverage third;
    private final RollingSums signal;
    private double previous = Double.NaN;
    private double trix = Double.NaN;

    Trix(int length, int signalLength, InputSource source) {
        this.source = source;
        first = ExponentialAverage.smaSeeded(length);
        second = ExponentialAverage.firstSeeded(length);
        third = ExponentialAverage.firstSeeded(length);
        signal = new RollingSums(signalLength);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        first.update(source.pick(open, high, low, close, volume));
        if (!first.isReady()) return;
        second.update(first.value());
        third.update(second.value());
        double e3 = third.value();
        if (!Double.isNaN(previous) && previous != 0) {
            trix = (e3 - previous) / previous * 100;
            signal.update(trix);
        }
        previous = e3;
    }

    @Override
    public double output(int index) { return index == TRIX ? trix : signal.value(); }

    @Override
    public boolean isReady() { return signal.isReady(); }

    @Override
    public void reset() {
        first.reset();
        second.reset();
        third.reset();
        signal.reset();
        previous = Double.NaN;
        trix = Double.NaN;
    }
}

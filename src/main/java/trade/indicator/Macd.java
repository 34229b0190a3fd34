package trade.indicator;

/**
 * macd (indicators.md §4.40): difference of SMA-seeded fast and slow EMAs, its SMA-seeded signal EMA
 * and the histogram. Fast and slow are never swapped (pandas_ta swaps them when slow < fast).
 */
final class Macd implements Indicator {
    static final int MACD = 0, SIGNAL = 1, HISTOGRAM = 2;

    private final InputSource source;
    private final ExponentialAverage fast;
    private final ExponentialAverage slow;
    private final ExponentialAverage signal;
    private double macd = Double.NaN;
    private double histogram = Double.NaN;

    Macd(int fastLength, int slowLength, int signalLength, InputSource source) {
        this.source = source;
        this.fast = ExponentialAverage.smaSeeded(fastLength);
        this.slow = ExponentialAverage.smaSeeded(slowLength);
        this.signal = ExponentialAverage.smaSeeded(signalLength);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        fast.update(x);
        slow.update(x);
        if (!fast.isReady() || !slow.isReady()) return;
        macd = fast.value() - slow.value();
        signal.update(macd);
        if (signal.isReady()) histogram = macd - signal.value();
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case MACD -> macd;
            case SIGNAL -> signal.value();
            case HISTOGRAM -> histogram;
            default -> throw new IndexOutOfBoundsException("macd has 3 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return signal.isReady(); }

    @Override
    public void reset() {
        fast.reset();
        slow.reset();
        signal.reset();
        macd = Double.NaN;
        histogram = Double.NaN;
    }
}

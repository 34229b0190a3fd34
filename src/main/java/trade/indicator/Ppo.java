package trade.indicator;

/**
 * ppo (indicators.md §4.30): percentage gap between fast and slow simple MAs (pandas_ta's default
 * mamode for PPO), a first-value seeded EMA of it as signal, and the histogram. A bar whose slow MA
 * is 0 is skipped and the outputs keep their previous values. Outputs: ppo, histogram, signal.
 */
final class Ppo implements Indicator {
    static final int PPO = 0, HISTOGRAM = 1, SIGNAL = 2;

    private final InputSource source;
    private final RollingSums fast;
    private final RollingSums slow;
    private final ExponentialAverage signal;
    private double ppo = Double.NaN;
    private double histogram = Double.NaN;

    Ppo(int fastLength, int slowLength, int signalLength, InputSource source) {
        this.source = source;
        this.fast = new RollingSums(fastLength);
        this.slow = new RollingSums(slowLength);
        this.signal = ExponentialAverage.firstSeeded(signalLength);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        fast.update(x);
        slow.update(x);
        if (!fast.isFull() || !slow.isFull()) return;
        double f = fast.mean(), s = slow.mean();
        if (s == 0) return;
        ppo = (f - s) / s * 100;
        signal.update(ppo);
        histogram = ppo - signal.value();
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case PPO -> ppo;
            case HISTOGRAM -> histogram;
            case SIGNAL -> signal.value();
            default -> throw new IndexOutOfBoundsException("ppo has 3 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return signal.isReady(); }

    @Override
    public void reset() {
        fast.reset();
        slow.reset();
        signal.reset();
        ppo = Double.NaN;
        histogram = Double.NaN;
    }
}

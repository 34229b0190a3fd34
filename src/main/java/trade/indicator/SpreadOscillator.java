package trade.indicator;

/**
 * macd, ppo and kvo (indicators.md §4.40, §4.30, §4.39) as one mechanism: a fast and a slow average
 * of one input, their spread (difference, or percent of the slow average), a signal average of the
 * spread and the histogram (spread − signal). They differ only in data: the averages, the spread,
 * the input and the order of the outputs. Fast and slow are never swapped (pandas_ta swaps them
 * when given in the "wrong" order).
 */
final class SpreadOscillator implements Indicator {
    /** The per-bar input: a price series, or a derived flow; NaN means "no input on this bar". */
    interface Input {
        double next(double open, double high, double low, double close, double volume);

        default void reset() {}
    }

    private static final int SPREAD = 0, SIGNAL = 1, HISTOGRAM = 2;

    private final Input input;
    private final MovingAverage fast;
    private final MovingAverage slow;
    private final MovingAverage signal;
    private final boolean percent;
    /** Output index → SPREAD, SIGNAL or HISTOGRAM. */
    private final int[] layout;
    private double spread = Double.NaN;
    private double histogram = Double.NaN;

    private SpreadOscillator(Input input, MovingAverage fast, MovingAverage slow, MovingAverage signal,
                             boolean percent, int... layout) {
        this.input = input;
        this.fast = fast;
        this.slow = slow;
        this.signal = signal;
        this.percent = percent;
        this.layout = layout;
    }

    /** SMA-seeded EMAs, macd = fast − slow, SMA-seeded signal EMA. Outputs: macd, signal, histogram. */
    static SpreadOscillator macd(int fast, int slow, int signal, InputSource source) {
        return new SpreadOscillator(source::pick, ExponentialAverage.smaSeeded(fast), ExponentialAverage.smaSeeded(slow),
                ExponentialAverage.smaSeeded(signal), false, SPREAD, SIGNAL, HISTOGRAM);
    }

    /**
     * Simple MAs (pandas_ta's default mamode for PPO), ppo = (fast − slow)/slow·100, a bar whose slow
     * MA is 0 is skipped; first-value seeded signal EMA. Outputs: ppo, histogram, signal.
     */
    static SpreadOscillator ppo(int fast, int slow, int signal, InputSource source) {
        return new SpreadOscillator(source::pick, new RollingSums(fast), new RollingSums(slow),
                ExponentialAverage.firstSeeded(signal), true, SPREAD, HISTOGRAM, SIGNAL);
    }

    /** Klinger: SMA-seeded EMAs of the signed volume force, SMA-seeded signal EMA. Outputs: kvo, signal. */
    static SpreadOscillator kvo(int fast, int slow, int signal) {
        return new SpreadOscillator(new VolumeForce(), ExponentialAverage.smaSeeded(fast), ExponentialAverage.smaSeeded(slow),
                ExponentialAverage.smaSeeded(signal), false, SPREAD, SIGNAL);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = input.next(open, high, low, close, volume);
        if (Double.isNaN(x)) return;
        fast.update(x);
        slow.update(x);
        if (!fast.isReady() || !slow.isReady()) return;
        double f = fast.value(), s = slow.value();
        if (percent) {
            if (s == 0) return;
            spread = (f - s) / s * 100;
        } else {
            spread = f - s;
        }
        signal.update(spread);
        if (signal.isReady()) histogram = spread - signal.value();
    }

    @Override
    public double output(int index) {
        return switch (layout[index]) {
            case SPREAD -> spread;
            case SIGNAL -> signal.value();
            default -> histogram;
        };
    }

    @Override
    public boolean isReady() { return signal.isReady(); }

    @Override
    public void reset() {
        input.reset();
        fast.reset();
        slow.reset();
        signal.reset();
        spread = Double.NaN;
        histogram = Double.NaN;
    }

    /**
     * Klinger's volume force as pandas_ta's kvo takes it: the bar's volume signed by the direction of
     * the typical price (0 when unchanged); nothing on the first bar, which has no direction.
     */
    private static final class VolumeForce implements Input {
        private boolean hasPrevious;
        private double previous;

        @Override
        public double next(double open, double high, double low, double close, double volume) {
            double typical = (high + low + close) / 3;
            double force = !hasPrevious ? Double.NaN
                    : typical > previous ? volume : typical < previous ? -volume : 0;
            previous = typical;
            hasPrevious = true;
            return force;
        }

        @Override
        public void reset() { hasPrevious = false; }
    }
}

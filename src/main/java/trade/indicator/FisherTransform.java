package trade.indicator;

/**
 * fisher (indicators.md §4.21): Ehlers' Fisher transform of hl2's position in its length-bar range,
 * smoothed (0.66·pos + 0.67·prev, clamped to ±0.999 beyond ±0.99) and half-added to the previous
 * value. The first full window only initialises (value 0, not emitted); the signal is the value one
 * bar earlier (the original's signal length is fixed at 1). Outputs: fisher, signal.
 */
final class FisherTransform implements Indicator {
    static final int FISHER = 0, SIGNAL = 1;

    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;
    private boolean initialised;
    private double smoothed;
    private double fisher = Double.NaN;
    private double signal = Double.NaN;

    FisherTransform(int length) {
        highest = MonotonicWindow.maximum(length);
        lowest = MonotonicWindow.minimum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double hl2 = (high + low) / 2;
        highest.push(hl2);
        lowest.push(hl2);
        if (!highest.isFull()) return;
        if (!initialised) {
            initialised = true;
            smoothed = 0;
            return;
        }
        double lo = lowest.value();
        double range = highest.value() - lo;
        if (range < 0.001) range = 0.001;
        double position = (hl2 - lo) / range - 0.5;
        smoothed = 0.66 * position + 0.67 * smoothed;
        if (smoothed < -0.99) smoothed = -0.999;
        if (smoothed > 0.99) smoothed = 0.999;
        double previous = Double.isNaN(fisher) ? 0 : fisher;
        fisher = 0.5 * (StrictMath.log((1 + smoothed) / (1 - smoothed)) + previous);
        signal = previous;
    }

    @Override
    public double output(int index) {
        if (!isReady()) return Double.NaN;
        return index == FISHER ? fisher : signal;
    }

    @Override
    public boolean isReady() { return !Double.isNaN(fisher); }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
        initialised = false;
        smoothed = 0;
        fisher = Double.NaN;
        signal = Double.NaN;
    }
}

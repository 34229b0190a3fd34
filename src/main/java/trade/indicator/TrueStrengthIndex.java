package trade.indicator;

/**
 * tsi (indicators.md §4.22): double-smoothed momentum over double-smoothed absolute momentum, in
 * percent. The slow EMA is seeded by the mean of the first slow−1 changes (pandas_ta's seed window
 * starts with the NaN of the first difference), the fast EMAs and the signal by their first input.
 * Outputs: tsi, signal, both from t = slow−1 (the signal equals tsi on that bar).
 */
final class TrueStrengthIndex implements Indicator {
    static final int TSI = 0, SIGNAL = 1;

    private final InputSource source;
    private final ExponentialAverage slowChange;
    private final ExponentialAverage slowMove;
    private final ExponentialAverage fastChange;
    private final ExponentialAverage fastMove;
    private final ExponentialAverage signal;
    private boolean hasPrevious;
    private double previous;
    private double tsi = Double.NaN;

    TrueStrengthIndex(int fast, int slow, int signalLength, InputSource source) {
        this.source = source;
        this.slowChange = ExponentialAverage.smaSeededOver(slow, slow - 1);
        this.slowMove = ExponentialAverage.smaSeededOver(slow, slow - 1);
        this.fastChange = ExponentialAverage.firstSeeded(fast);
        this.fastMove = ExponentialAverage.firstSeeded(fast);
        this.signal = ExponentialAverage.firstSeeded(signalLength);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (hasPrevious) {
            double change = x - previous;
            slowChange.update(change);
            slowMove.update(Math.abs(change));
            if (slowChange.isReady()) {
                fastChange.update(slowChange.value());
                fastMove.update(slowMove.value());
                double move = fastMove.value();
                if (move != 0) {
                    tsi = (fastChange.value() / move) * 100;
                    signal.update(tsi);
                }
            }
        }
        previous = x;
        hasPrevious = true;
    }

    @Override
    public double output(int index) { return index == TSI ? tsi : signal.value(); }

    @Override
    public boolean isReady() { return signal.isReady(); }

    @Override
    public void reset() {
        slowChange.reset();
        slowMove.reset();
        fastChange.reset();
        fastMove.reset();
        signal.reset();
        hasPrevious = false;
        tsi = Double.NaN;
    }
}

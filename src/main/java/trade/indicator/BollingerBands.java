package trade.indicator;

/**
 * bbands (indicators.md §4.33): mean ± k sample standard deviations (ddof = 1) of the last length
 * inputs, from running sum and sum of squares. Outputs: lower, middle, upper, bandwidth, percent_b.
 */
final class BollingerBands implements Indicator {
    static final int LOWER = 0, MIDDLE = 1, UPPER = 2, BANDWIDTH = 3, PERCENT_B = 4;

    private final InputSource source;
    private final RollingSums sums;
    private final double multiplier;
    private final double[] outputs = new double[5];

    BollingerBands(int length, double multiplier, InputSource source) {
        // the sample variance divides by n-1
        if (length < 2) throw new IllegalArgumentException("bbands length must be >= 2, was " + length);
        this.source = source;
        this.sums = new RollingSums(length);
        this.multiplier = multiplier;
        java.util.Arrays.fill(outputs, Double.NaN);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        sums.update(x);
        if (!sums.isReady()) return;
        int n = sums.length();
        double mean = sums.sum() / n;
        double variance = (sums.sumOfSquares() - n * mean * mean) / (n - 1);
        // rounding in the running sums can make a flat window's variance slightly negative
        if (variance < 0) variance = 0;
        double sd = Math.sqrt(variance);
        double upper = mean + multiplier * sd;
        double lower = mean - multiplier * sd;
        outputs[LOWER] = lower;
        outputs[MIDDLE] = mean;
        outputs[UPPER] = upper;
        outputs[BANDWIDTH] = mean == 0 ? Double.NaN : (upper - lower) / mean * 100;
        outputs[PERCENT_B] = upper == lower ? 0.5 : (x - lower) / (upper - lower);
    }

    @Override
    public double output(int index) { return outputs[index]; }

    @Override
    public boolean isReady() { return sums.isReady(); }

    @Override
    public void reset() {
        sums.reset();
        java.util.Arrays.fill(outputs, Double.NaN);
    }
}

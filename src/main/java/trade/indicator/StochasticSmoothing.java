package trade.indicator;

/**
 * The smoothing shared by stoch and stochrsi (indicators.md §4.19-4.20): the raw %K is averaged over
 * smooth_k values into K, and K over d values into D. Both outputs wait until D exists.
 */
final class StochasticSmoothing {
    private final RollingSums rawK;
    private final RollingSums smoothK;
    private double k = Double.NaN;

    StochasticSmoothing(int kLength, int dLength) {
        rawK = new RollingSums(kLength);
        smoothK = new RollingSums(dLength);
    }

    void add(double percentK) {
        rawK.update(percentK);
        if (!rawK.isReady()) return;
        k = rawK.value();
        smoothK.update(k);
    }

    /** Where a value sits in its window's range, in percent; 50 when the window is flat. */
    static double percentK(double value, double lowest, double highest) {
        return highest == lowest ? 50 : ((value - lowest) / (highest - lowest)) * 100;
    }

    boolean isReady() { return smoothK.isReady(); }

    double k() { return smoothK.isReady() ? k : Double.NaN; }

    double d() { return smoothK.value(); }

    void reset() {
        rawK.reset();
        smoothK.reset();
        k = Double.NaN;
    }
}

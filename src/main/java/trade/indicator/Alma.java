package trade.indicator;

/**
 * alma (indicators.md §4.9, pandas_ta 0.4.x): Gaussian-weighted mean of the last n inputs, weight i
 * (i = 0 the oldest) = exp(−½((σ/n)(i − k))²) with k = floor(offset·(n−1)), normalised to sum 1.
 * The weights are fixed at construction; each bar is one O(n) dot product, as the spec allows.
 */
final class Alma implements Indicator {
    private final InputSource source;
    private final ValueRing window;
    private final double[] weights;
    private double value = Double.NaN;

    Alma(int length, double sigma, double offset, InputSource source) {
        this.source = source;
        this.window = new ValueRing(length);
        this.weights = new double[length];
        int k = (int) Math.floor(offset * (length - 1));
        for (int i = 0; i < length; i++) {
            double z = (sigma / length) * (i - k);
            weights[i] = StrictMath.exp(-0.5 * (z * z));
        }
        double total = PairwiseSum.of(weights, 0, length);
        for (int i = 0; i < length; i++) weights[i] /= total;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        window.push(source.pick(open, high, low, close, volume));
        if (!window.isFull()) return;
        double sum = 0;
        for (int i = 0; i < weights.length; i++) sum += weights[i] * window.get(i);
        value = sum;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return window.isFull(); }

    @Override
    public void reset() {
        window.clear();
        value = Double.NaN;
    }
}

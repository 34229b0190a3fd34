package trade.indicator;

/**
 * stoch (indicators.md §4.19): where the close sits in the k-bar high-low range, smoothed over
 * smooth_k bars (K) and K over d bars (D). Outputs: k, d, both from t = k+smooth_k+d−3.
 */
final class Stochastic implements Indicator {
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;
    private final StochasticSmoothing smoothing;

    Stochastic(int k, int smoothK, int d) {
        highest = MonotonicWindow.maximum(k);
        lowest = MonotonicWindow.minimum(k);
        smoothing = new StochasticSmoothing(smoothK, d);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        highest.push(high);
        lowest.push(low);
        if (highest.isFull()) smoothing.add(StochasticSmoothing.percentK(close, lowest.value(), highest.value()));
    }

    @Override
    public double output(int index) { return index == 0 ? smoothing.k() : smoothing.d(); }

    @Override
    public boolean isReady() { return smoothing.isReady(); }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
        smoothing.reset();
    }
}

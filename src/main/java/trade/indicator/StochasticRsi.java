package trade.indicator;

/**
 * stochrsi (indicators.md §4.20): the stochastic of RSI values — where the latest ready RSI sits in
 * the range of the last length ready RSIs — smoothed as stoch. Outputs: k, d.
 */
final class StochasticRsi implements Indicator {
    private final Rsi rsi;
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;
    private final StochasticSmoothing smoothing;

    StochasticRsi(int length, int rsiLength, int k, int d, InputSource source) {
        rsi = new Rsi(rsiLength, source);
        highest = MonotonicWindow.maximum(length);
        lowest = MonotonicWindow.minimum(length);
        smoothing = new StochasticSmoothing(k, d);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        rsi.update(open, high, low, close, volume);
        if (!rsi.isReady()) return;
        double r = rsi.output(0);
        highest.push(r);
        lowest.push(r);
        if (highest.isFull()) smoothing.add(StochasticSmoothing.percentK(r, lowest.value(), highest.value()));
    }

    @Override
    public double output(int index) { return index == 0 ? smoothing.k() : smoothing.d(); }

    @Override
    public boolean isReady() { return smoothing.isReady(); }

    @Override
    public void reset() {
        rsi.reset();
        highest.reset();
        lowest.reset();
        smoothing.reset();
    }
}

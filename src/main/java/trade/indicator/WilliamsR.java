package trade.indicator;

/** willr (indicators.md §4.15): where the close sits in the n-bar high-low range, 0 to -100. */
final class WilliamsR implements Indicator {
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;
    private double value = Double.NaN;

    WilliamsR(int length) {
        highest = MonotonicWindow.maximum(length);
        lowest = MonotonicWindow.minimum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        highest.push(high);
        lowest.push(low);
        if (!highest.isFull()) return;
        double hh = highest.value();
        double ll = lowest.value();
        // a flat window has no position; the original reports the middle
        value = hh == ll ? -50 : (hh - close) / (hh - ll) * -100;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return highest.isFull(); }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
        value = Double.NaN;
    }
}

package trade.indicator;

/** midprice (indicators.md §4.44): middle of the highest high and lowest low of the last n bars. */
final class MidPrice implements Indicator {
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;

    MidPrice(int length) {
        highest = MonotonicWindow.maximum(length);
        lowest = MonotonicWindow.minimum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        highest.push(high);
        lowest.push(low);
    }

    @Override
    public double output(int index) { return highest.isFull() ? (highest.value() + lowest.value()) / 2 : Double.NaN; }

    @Override
    public boolean isReady() { return highest.isFull(); }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
    }
}

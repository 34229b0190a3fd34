package trade.indicator;

/**
 * aroon (indicators.md §4.24): how recently the window of the current and previous n bars made its
 * high (up) and its low (down), 100 = this bar, 0 = n bars ago; the most recent of equal extremes
 * counts. osc = up − down. Outputs: up, down, osc, from t = n.
 */
final class Aroon implements Indicator {
    static final int UP = 0, DOWN = 1, OSC = 2;

    private final int length;
    private final MonotonicWindow highest;
    private final MonotonicWindow lowest;

    Aroon(int length) {
        this.length = length;
        highest = MonotonicWindow.maximum(length + 1);
        lowest = MonotonicWindow.minimum(length + 1);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        highest.push(high);
        lowest.push(low);
    }

    private double recency(MonotonicWindow window) {
        return (length - window.barsSinceExtreme()) / (double) length * 100;
    }

    @Override
    public double output(int index) {
        if (!isReady()) return Double.NaN;
        return switch (index) {
            case UP -> recency(highest);
            case DOWN -> recency(lowest);
            case OSC -> recency(highest) - recency(lowest);
            default -> throw new IndexOutOfBoundsException("aroon has 3 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return highest.isFull(); }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
    }
}

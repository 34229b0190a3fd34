package trade.indicator;

/**
 * Sum and sum of squares of the last n inputs (SMA and Bollinger bands, indicators.md §2/§4.33).
 * The running sums add the new value before subtracting the evicted one, as the original does, and
 * are re-summed exactly from the window every n updates so that rounding drift stays bounded.
 */
final class RollingSums {
    private final ValueRing window;
    private double sum;
    private double sumOfSquares;
    private int sinceRecompute;

    RollingSums(int length) { window = new ValueRing(length); }

    void update(double x) {
        sum += x;
        sumOfSquares += x * x;
        boolean evicts = window.isFull();
        double old = window.push(x);
        if (evicts) {
            sum -= old;
            sumOfSquares -= old * old;
        }
        if (++sinceRecompute >= window.capacity()) {
            double s = 0;
            double ss = 0;
            for (int i = 0; i < window.size(); i++) {
                double v = window.get(i);
                s += v;
                ss += v * v;
            }
            sum = s;
            sumOfSquares = ss;
            sinceRecompute = 0;
        }
    }

    boolean isFull() { return window.isFull(); }

    int length() { return window.capacity(); }

    double sum() { return sum; }

    double sumOfSquares() { return sumOfSquares; }

    /** Mean of the full window, NaN until n inputs were seen. */
    double mean() { return window.isFull() ? sum / window.capacity() : Double.NaN; }

    double newest() { return window.newest(); }

    void reset() {
        window.clear();
        sum = 0;
        sumOfSquares = 0;
        sinceRecompute = 0;
    }
}

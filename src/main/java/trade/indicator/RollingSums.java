package trade.indicator;

/**
 * Sum and sum of squares of the last n inputs (SMA, Bollinger bands and the window sums of the
 * newer indicators, indicators.md §2/§4.33). The running sums add the new value before subtracting
 * the evicted one, as the original does, and are kept from drifting over long runs two ways: they
 * are re-summed exactly from the window every n updates, and a window holding only zeros (a flat
 * stretch's ranges and gains) sums to exactly 0 at once, so a "nothing moved" test sees 0 and not
 * the rounding left over from the values that were evicted.
 */
final class RollingSums implements MovingAverage {
    private final ValueRing window;
    private double sum;
    private double sumOfSquares;
    private int sinceRecompute;
    private int nonZero;

    RollingSums(int length) { window = new ValueRing(length); }

    @Override
    public void update(double x) {
        sum += x;
        sumOfSquares += x * x;
        if (x != 0) nonZero++;
        boolean evicts = window.isFull();
        double old = window.push(x);
        if (evicts) {
            sum -= old;
            sumOfSquares -= old * old;
            if (old != 0) nonZero--;
        }
        if (nonZero == 0) {
            sum = 0;
            sumOfSquares = 0;
            sinceRecompute = 0;
        } else if (++sinceRecompute >= window.capacity()) {
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

    /** True once n inputs were seen. */
    @Override
    public boolean isReady() { return window.isFull(); }

    int length() { return window.capacity(); }

    double sum() { return sum; }

    double sumOfSquares() { return sumOfSquares; }

    /** Mean of the full window, NaN until n inputs were seen. */
    @Override
    public double value() { return window.isFull() ? sum / window.capacity() : Double.NaN; }

    @Override
    public void reset() {
        window.clear();
        sum = 0;
        sumOfSquares = 0;
        sinceRecompute = 0;
        nonZero = 0;
    }
}

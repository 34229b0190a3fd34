package trade.indicator;

/**
 * Sum of the last n inputs kept by adding the new value, then subtracting the evicted one, with no
 * re-summing: the original does exactly this for cci, cmo, cmf and similar windows, and its rounding
 * (which decides e.g. a flat window's sign) is part of the golden values.
 */
final class RunningWindowSum {
    private final ValueRing window;
    private double sum;

    RunningWindowSum(int length) { window = new ValueRing(length); }

    void update(double x) {
        sum += x;
        boolean evicts = window.isFull();
        double old = window.push(x);
        if (evicts) sum -= old;
    }

    boolean isFull() { return window.isFull(); }

    double sum() { return sum; }

    int length() { return window.capacity(); }

    /** i = 0 is the oldest value in the window. */
    double get(int i) { return window.get(i); }

    void reset() {
        window.clear();
        sum = 0;
    }
}

package trade.indicator;

/**
 * Rolling maximum or minimum over the last {@code window} bars in O(1) amortised (indicators.md
 * §1.9): a deque of (bar index, value) kept monotonic, in fixed arrays so pushing never allocates.
 */
final class MonotonicWindow {
    private final int window;
    private final boolean maximum;
    private final long[] indices;
    private final double[] values;
    private int head;
    private int count;
    private long nextIndex;

    private MonotonicWindow(int window, boolean maximum) {
        if (window < 1) throw new IllegalArgumentException("window must be >= 1, was " + window);
        this.window = window;
        this.maximum = maximum;
        this.indices = new long[window + 1];
        this.values = new double[window + 1];
    }

    static MonotonicWindow maximum(int window) { return new MonotonicWindow(window, true); }

    static MonotonicWindow minimum(int window) { return new MonotonicWindow(window, false); }

    /** Pushes the next bar's value (bars are numbered by the window itself, from 0). */
    void push(double v) {
        long i = nextIndex++;
        int cap = indices.length;
        while (count > 0 && indices[head] <= i - window) {
            head = (head + 1) % cap;
            count--;
        }
        while (count > 0) {
            double back = values[(head + count - 1) % cap];
            if (maximum ? back <= v : back >= v) count--;
            else break;
        }
        int slot = (head + count) % cap;
        indices[slot] = i;
        values[slot] = v;
        count++;
    }

    /** True once {@code window} values were pushed. */
    boolean isFull() { return nextIndex >= window; }

    /** Extreme of the last window values (of all pushed values before the window is full). */
    double value() { return count == 0 ? Double.NaN : values[head]; }

    /** Bars between the newest bar and the one holding the extreme (0 when the newest holds it). */
    long barsSinceExtreme() { return nextIndex - 1 - indices[head]; }

    void reset() {
        head = 0;
        count = 0;
        nextIndex = 0;
    }
}

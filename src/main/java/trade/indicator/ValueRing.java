package trade.indicator;

/**
 * The last {@code capacity} values of a series, oldest first, in a fixed array so that pushing a bar
 * never allocates.
 */
final class ValueRing {
    private final double[] values;
    private int start;
    private int size;

    ValueRing(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        values = new double[capacity];
    }

    int capacity() { return values.length; }

    int size() { return size; }

    boolean isFull() { return size == values.length; }

    /** Appends x; when full, the oldest value is dropped first and returned, otherwise NaN. */
    double push(double x) {
        if (size < values.length) {
            values[(start + size) % values.length] = x;
            size++;
            return Double.NaN;
        }
        double evicted = values[start];
        values[start] = x;
        start = (start + 1) % values.length;
        return evicted;
    }

    /** i = 0 is the oldest kept value. */
    double get(int i) { return values[(start + i) % values.length]; }

    double oldest() { return get(0); }

    double newest() { return get(size - 1); }

    void clear() {
        start = 0;
        size = 0;
    }
}

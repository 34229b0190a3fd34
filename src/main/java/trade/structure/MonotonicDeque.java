package trade.structure;

/**
 * Rolling minimum or maximum over the last {@code window} indices in amortised O(1): a deque of
 * (index, value) whose values stay monotonic, held in preallocated ring arrays so pushes never
 * allocate. Eviction runs before the push, as in the original (indicators.md §1.9).
 */
final class MonotonicDeque {
    private final int window;
    private final boolean max;
    private final int[] indices;
    private final double[] values;
    private int head, size;

    MonotonicDeque(int window, boolean max) {
        if (window < 1) throw new IllegalArgumentException("window " + window);
        this.window = window;
        this.max = max;
        // At most `window` entries survive eviction, plus the one being pushed.
        indices = new int[window + 1];
        values = new double[window + 1];
    }

    void push(int index, double value) {
        while (size > 0 && indices[head] <= index - window) {
            head = (head + 1) % indices.length;
            size--;
        }
        while (size > 0) {
            double back = values[(head + size - 1) % values.length];
            if (max ? back <= value : back >= value) size--;
            else break;
        }
        int slot = (head + size) % indices.length;
        indices[slot] = index;
        values[slot] = value;
        size++;
    }

    /** Front value, NaN before the first push. */
    double value() { return size == 0 ? Double.NaN : values[head]; }

    void clear() { head = size = 0; }
}

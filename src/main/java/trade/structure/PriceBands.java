package trade.structure;

import static trade.structure.SwingDetector.flag;

/**
 * The newest-first list of price bands behind fair_value_gap, order_block and breaker_block
 * (structures.md §3.9, §3.10, §3.13): a band is created at the front, retested while active, and
 * the list is cut to {@code max_active} entries of any state, so an old active band can fall off
 * the end. All three detectors report the same eleven leading outputs, read here.
 */
final class PriceBands {
    static final int NEW_THIS_BAR = 0, NEW_DIRECTION = 1, NEW_UPPER = 2, NEW_LOWER = 3,
            NEAREST_BULL_UPPER = 4, NEAREST_BULL_LOWER = 5, NEAREST_BEAR_UPPER = 6, NEAREST_BEAR_LOWER = 7,
            ACTIVE_BULL_COUNT = 8, ACTIVE_BEAR_COUNT = 9, ANY_MITIGATED_THIS_BAR = 10;
    /** Number of shared leading outputs; a detector's own outputs start here. */
    static final int SHARED = 11;

    static final int ACTIVE = 0, MITIGATED = 1, INVALIDATED = 2;

    private final int maxActive;
    // One extra place: a band is created before the bar's retest and the cut comes after it.
    private final int[] direction, anchor, state;
    private final double[] upper, lower, fill;
    private int size, version;

    private boolean created, anyMitigated, anyInvalidated;
    private int newDirection, lastInvalidatedDirection;
    private double newUpper, newLower, lastInvalidatedUpper, lastInvalidatedLower;
    private int bullCount, bearCount, nearestBull, nearestBear;

    PriceBands(int maxActive) {
        this.maxActive = maxActive;
        direction = new int[maxActive + 1];
        anchor = new int[maxActive + 1];
        state = new int[maxActive + 1];
        upper = new double[maxActive + 1];
        lower = new double[maxActive + 1];
        fill = new double[maxActive + 1];
        reset();
    }

    void reset() {
        size = version = 0;
        startBar();
        bullCount = bearCount = 0;
        nearestBull = nearestBear = -1;
    }

    /** Clears the per-bar outputs; called first on every bar. */
    void startBar() {
        created = anyMitigated = anyInvalidated = false;
        newDirection = lastInvalidatedDirection = 0;
        newUpper = newLower = lastInvalidatedUpper = lastInvalidatedLower = Double.NaN;
    }

    void create(int dir, double top, double bottom, int barIndex) {
        NewestFirst.makeRoom(size, direction, anchor, state, upper, lower, fill);
        direction[0] = dir;
        anchor[0] = barIndex;
        state[0] = ACTIVE;
        upper[0] = top;
        lower[0] = bottom;
        fill[0] = 0;
        size++;
        version++;
        created = true;
        newDirection = dir;
        newUpper = top;
        newLower = bottom;
    }

    /**
     * The order-block and breaker retest of every active band created before this bar: a close
     * through the far side invalidates it, otherwise the first touch mitigates it, so a band is
     * used once.
     */
    void retest(int barIndex, double high, double low, double close) {
        for (int i = 0; i < size; i++) {
            if (state[i] != ACTIVE || anchor[i] == barIndex) continue;
            boolean bullish = direction[i] > 0;
            if (bullish ? close < lower[i] : close > upper[i]) {
                state[i] = INVALIDATED;
                anyInvalidated = true;
                lastInvalidatedDirection = direction[i];
                lastInvalidatedUpper = upper[i];
                lastInvalidatedLower = lower[i];
            } else if (bullish ? low <= upper[i] : high >= lower[i]) {
                state[i] = MITIGATED;
                anyMitigated = true;
            }
        }
    }

    /** Cuts the list to {@code max_active} and recomputes counts and the nearest active band per side. */
    void finishBar(double close) {
        size = Math.min(size, maxActive);
        bullCount = bearCount = 0;
        nearestBull = nearestBear = -1;
        double bullDistance = Double.POSITIVE_INFINITY, bearDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            if (state[i] != ACTIVE) continue;
            double distance = Math.abs(close - (upper[i] + lower[i]) / 2);
            // strict: on a tie the earlier (newer) band stays nearest
            if (direction[i] > 0) {
                bullCount++;
                if (distance < bullDistance) { bullDistance = distance; nearestBull = i; }
            } else {
                bearCount++;
                if (distance < bearDistance) { bearDistance = distance; nearestBear = i; }
            }
        }
    }

    int size() { return size; }

    /** +1 per band created. */
    int version() { return version; }

    int direction(int i) { return direction[i]; }

    boolean active(int i) { return state[i] == ACTIVE; }

    double upper(int i) { return upper[i]; }

    double lower(int i) { return lower[i]; }

    double fill(int i) { return fill[i]; }

    void setFill(int i, double value) { fill[i] = value; }

    void mitigate(int i) {
        state[i] = MITIGATED;
        anyMitigated = true;
    }

    void invalidate(int i) { state[i] = INVALIDATED; }

    int nearestBull() { return nearestBull; }

    int nearestBear() { return nearestBear; }

    boolean anyInvalidated() { return anyInvalidated; }

    int lastInvalidatedDirection() { return lastInvalidatedDirection; }

    double lastInvalidatedUpper() { return lastInvalidatedUpper; }

    double lastInvalidatedLower() { return lastInvalidatedLower; }

    /** One of the {@link #SHARED} leading outputs. */
    double output(int index) {
        return switch (index) {
            case NEW_THIS_BAR -> flag(created);
            case NEW_DIRECTION -> newDirection;
            case NEW_UPPER -> newUpper;
            case NEW_LOWER -> newLower;
            case NEAREST_BULL_UPPER -> nearestBull < 0 ? Double.NaN : upper[nearestBull];
            case NEAREST_BULL_LOWER -> nearestBull < 0 ? Double.NaN : lower[nearestBull];
            case NEAREST_BEAR_UPPER -> nearestBear < 0 ? Double.NaN : upper[nearestBear];
            case NEAREST_BEAR_LOWER -> nearestBear < 0 ? Double.NaN : lower[nearestBear];
            case ACTIVE_BULL_COUNT -> bullCount;
            case ACTIVE_BEAR_COUNT -> bearCount;
            case ANY_MITIGATED_THIS_BAR -> flag(anyMitigated);
            default -> throw new IndexOutOfBoundsException("no shared band output " + index);
        };
    }
}

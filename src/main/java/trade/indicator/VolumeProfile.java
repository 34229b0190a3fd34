package trade.indicator;

/**
 * volume_profile (indicators.md §4.45): volume by price over the last lookback bars in num_buckets
 * buckets, each bar's volume spread evenly over the buckets its range touches; the point of control
 * (fullest bucket), the value area grown from it towards the fuller neighbour until it holds
 * value_area_pct of the volume, and where the close sits. O(buckets) per bar.
 * <p>
 * The range is set around the first bar (±2 ranges) and rebuilt around the current bar (±½ range)
 * when a bar pokes more than 10 % of the range out of it; stored contributions then move to the
 * bucket holding their old bucket's middle, clamped to the edges. Kept from the original because
 * Appendix A pins it: when a rebuild maps several old buckets onto one, evicting that bar later
 * takes off only the last of those amounts (numpy's {@code a[idx] -= v} with repeated indices).
 * Not kept: a bar without volume still evicts the oldest bar (the original let it leak).
 */
final class VolumeProfile implements Indicator {
    static final int POC = 0, VAH = 1, VAL = 2, POC_VOLUME = 3, ABOVE_POC = 4, IN_VALUE_AREA = 5;
    private static final int OUTPUTS = 6;

    private final int buckets;
    private final int lookback;
    private final double valueAreaShare;
    private final double[] volume;
    /** Ring of per-bar contributions: bucket and amount pairs, bar slot × entry. */
    private final int[][] entryBucket;
    private final double[][] entryVolume;
    private final int[] entries;
    private int oldest;
    private int stored;
    /** Marks buckets already seen while evicting one bar, to apply only the last duplicate amount. */
    private final int[] seen;
    private int evictions;
    private double rangeLow;
    private double rangeHigh;
    private double width;
    private long count;
    private final double[] outputs = new double[OUTPUTS];

    VolumeProfile(int buckets, int lookback, double valueAreaShare) {
        this.buckets = buckets;
        this.lookback = lookback;
        this.valueAreaShare = valueAreaShare;
        volume = new double[buckets];
        entryBucket = new int[lookback][buckets];
        entryVolume = new double[lookback][buckets];
        entries = new int[lookback];
        seen = new int[buckets];
        reset();
    }

    @Override
    public void update(double open, double high, double low, double close, double barVolume) {
        count++;
        if (Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close) || !(barVolume > 0)) {
            append();
            summarise(close);
            return;
        }
        if (Double.isNaN(rangeLow)) {
            double span = spanOf(high, low);
            rangeLow = low - 2 * span;
            rangeHigh = high + 2 * span;
            width = (rangeHigh - rangeLow) / buckets;
        }
        double range = rangeHigh - rangeLow;
        if (high > rangeHigh || low < rangeLow) {
            double over = Math.max(high > rangeHigh ? (high - rangeHigh) / range : 0,
                    low < rangeLow ? (rangeLow - low) / range : 0);
            // the rebuild moves the oldest bar too, before it is evicted below
            if (over > 0.10) rebuild(high, low);
        }
        int lo = bucketOf(low), hi = bucketOf(high);
        double share = barVolume / Math.max(hi - lo + 1, 1);
        int slot = append();
        for (int j = lo; j <= hi; j++) {
            volume[j] += share;
            entryBucket[slot][entries[slot]] = j;
            entryVolume[slot][entries[slot]++] = share;
        }
        summarise(close);
    }

    /** A new, empty contribution slot for this bar, evicting the oldest bar when the window is full. */
    private int append() {
        if (stored == lookback) evictOldest();
        int slot = (oldest + stored++) % lookback;
        entries[slot] = 0;
        return slot;
    }

    private static double spanOf(double high, double low) {
        double span = high - low;
        return span <= 0 ? high * 0.01 : span;
    }

    private int bucketOf(double price) {
        if (width <= 0) return 0;
        return Math.min(Math.max((int) ((price - rangeLow) / width), 0), buckets - 1);
    }

    private double priceOf(int bucket) { return rangeLow + (bucket + 0.5) * width; }

    private void evictOldest() {
        evictions++;
        for (int e = entries[oldest] - 1; e >= 0; e--) {
            int j = entryBucket[oldest][e];
            if (seen[j] == evictions) continue;
            seen[j] = evictions;
            volume[j] = Math.max(0, volume[j] - entryVolume[oldest][e]);
        }
        oldest = (oldest + 1) % lookback;
        stored--;
    }

    /** Re-centres the range on the current bar and moves every stored contribution into it. */
    private void rebuild(double high, double low) {
        double span = spanOf(high, low);
        double newLow = low - 0.5 * span;
        double newWidth = (high + 0.5 * span - newLow) / buckets;
        java.util.Arrays.fill(volume, 0);
        for (int b = 0; b < stored; b++) {
            int slot = (oldest + b) % lookback;
            for (int e = 0; e < entries[slot]; e++) {
                int moved = (int) ((priceOf(entryBucket[slot][e]) - newLow) / newWidth);
                moved = Math.min(Math.max(moved, 0), buckets - 1);
                entryBucket[slot][e] = moved;
                volume[moved] += entryVolume[slot][e];
            }
        }
        rangeLow = newLow;
        rangeHigh = high + 0.5 * span;
        width = newWidth;
    }

    private void summarise(double close) {
        double total = PairwiseSum.of(volume, 0, buckets);
        if (!(total > 0) || count < 2) {
            outputs[POC] = outputs[VAH] = outputs[VAL] = outputs[POC_VOLUME] = Double.NaN;
            outputs[ABOVE_POC] = outputs[IN_VALUE_AREA] = 0;
            return;
        }
        int poc = 0;
        for (int j = 1; j < buckets; j++) if (volume[j] > volume[poc]) poc = j;
        double target = total * valueAreaShare;
        int lo = poc, hi = poc;
        double held = volume[poc];
        while (held < target) {
            double below = lo > 0 ? volume[lo - 1] : 0;
            double above = hi < buckets - 1 ? volume[hi + 1] : 0;
            if (below == 0 && above == 0) break;
            if (above >= below) held += volume[++hi];
            else held += volume[--lo];
        }
        double pocPrice = priceOf(poc), top = priceOf(hi), bottom = priceOf(lo);
        outputs[POC] = pocPrice;
        outputs[VAH] = top;
        outputs[VAL] = bottom;
        outputs[POC_VOLUME] = volume[poc];
        outputs[ABOVE_POC] = close > pocPrice ? 1 : 0;
        outputs[IN_VALUE_AREA] = bottom <= close && close <= top ? 1 : 0;
    }

    @Override
    public double output(int index) { return outputs[index]; }

    @Override
    public boolean isReady() { return count >= 2; }

    @Override
    public void reset() {
        java.util.Arrays.fill(volume, 0);
        oldest = 0;
        stored = 0;
        rangeLow = rangeHigh = Double.NaN;
        width = 0;
        count = 0;
        summarise(Double.NaN);
    }
}

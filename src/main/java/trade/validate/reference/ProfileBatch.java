package trade.validate.reference;

import static trade.validate.reference.BatchReference.nans;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import trade.indicator.PairwiseSum;

/**
 * volume_profile written again from indicators.md §4.45 with lists, and eviction done the numpy
 * way the original did it: gather the buckets' volumes, subtract each entry's amount, scatter back
 * in entry order (so of repeated buckets the last amount wins), then floor at 0. Zero-volume bars
 * evict like any other (our decision, docs/differences.md).
 */
public final class ProfileBatch {
    private ProfileBatch() {}

    public static double[][] profile(Bars b, int buckets, int lookback, double share) {
        int n = b.size();
        double[][] out = {nans(n), nans(n), nans(n), nans(n), new double[n], new double[n]};
        Deque<List<double[]>> bars = new ArrayDeque<>();
        double[] volume = new double[buckets];
        double low = Double.NaN, high = Double.NaN, width = 0;
        for (int t = 0; t < n; t++) {
            double h = b.high()[t], l = b.low()[t], c = b.close()[t], v = b.volume()[t];
            List<double[]> entry = new ArrayList<>();
            if (v > 0) {
                if (Double.isNaN(low)) {
                    double span = h - l <= 0 ? h * 0.01 : h - l;
                    low = l - 2 * span;
                    high = h + 2 * span;
                    width = (high - low) / buckets;
                }
                double range = high - low;
                double over = Math.max(h > high ? (h - high) / range : 0, l < low ? (low - l) / range : 0);
                if (over > 0.10) {
                    double span = h - l <= 0 ? h * 0.01 : h - l;
                    double newLow = l - 0.5 * span, newHigh = h + 0.5 * span, newWidth = (newHigh - newLow) / buckets;
                    java.util.Arrays.fill(volume, 0);
                    for (List<double[]> old : bars) {
                        for (double[] e : old) {
                            double price = low + (e[0] + 0.5) * width;
                            e[0] = Math.min(Math.max((int) ((price - newLow) / newWidth), 0), buckets - 1);
                            volume[(int) e[0]] += e[1];
                        }
                    }
                    low = newLow;
                    high = newHigh;
                    width = newWidth;
                }
                int lo = bucket(l, low, width, buckets), hi = bucket(h, low, width, buckets);
                for (int j = lo; j <= hi; j++) entry.add(new double[] {j, v / (hi - lo + 1)});
            }
            if (bars.size() == lookback) evict(volume, bars.removeFirst());
            for (double[] e : entry) volume[(int) e[0]] += e[1];
            bars.addLast(entry);
            summarise(volume, share, c, t, low, width, out);
        }
        return out;
    }

    private static int bucket(double price, double low, double width, int buckets) {
        return width <= 0 ? 0 : Math.min(Math.max((int) ((price - low) / width), 0), buckets - 1);
    }

    private static void evict(double[] volume, List<double[]> entries) {
        double[] gathered = new double[entries.size()];
        for (int i = 0; i < gathered.length; i++) gathered[i] = volume[(int) entries.get(i)[0]] - entries.get(i)[1];
        for (int i = 0; i < gathered.length; i++) volume[(int) entries.get(i)[0]] = gathered[i];
        for (int j = 0; j < volume.length; j++) volume[j] = Math.max(0, volume[j]);
    }

    private static void summarise(double[] volume, double share, double close, int t, double low, double width, double[][] out) {
        // the spec totals the histogram in numpy's pairwise order, and the value-area loop's stop is decided on that total
        double total = PairwiseSum.of(volume, 0, volume.length);
        if (!(total > 0) || t < 1) return;
        int poc = 0;
        for (int j = 0; j < volume.length; j++) if (volume[j] > volume[poc]) poc = j;
        int lo = poc, hi = poc;
        double held = volume[poc];
        while (held < total * share) {
            double below = lo > 0 ? volume[lo - 1] : 0, above = hi < volume.length - 1 ? volume[hi + 1] : 0;
            if (below == 0 && above == 0) break;
            if (above >= below) held += volume[++hi];
            else held += volume[--lo];
        }
        out[0][t] = low + (poc + 0.5) * width;
        out[1][t] = low + (hi + 0.5) * width;
        out[2][t] = low + (lo + 0.5) * width;
        out[3][t] = volume[poc];
        out[4][t] = close > out[0][t] ? 1 : 0;
        out[5][t] = out[2][t] <= close && close <= out[1][t] ? 1 : 0;
    }
}

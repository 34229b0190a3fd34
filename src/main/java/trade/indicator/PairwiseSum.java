package trade.indicator;

/**
 * numpy's summation order for a contiguous double array (pairwise_sum in its add.reduce): under 8
 * values a plain loop; up to 128 eight interleaved partial sums combined as a tree; above that
 * the halves (cut at a multiple of 8) recursively. The original normalises ALMA's weights and
 * totals the volume profile this way; using the same order keeps those values bit-identical.
 */
public final class PairwiseSum {
    private static final int BLOCK = 128;

    private PairwiseSum() {}

    public static double of(double[] a, int from, int count) {
        if (count < 8) {
            double s = 0;
            for (int i = 0; i < count; i++) s += a[from + i];
            return s;
        }
        if (count <= BLOCK) {
            double r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
            double r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
            int whole = count - count % 8;
            for (int i = 8; i < whole; i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (int i = whole; i < count; i++) s += a[from + i];
            return s;
        }
        int half = count / 2;
        half -= half % 8;
        return of(a, from, half) + of(a, from + half, count - half);
    }
}

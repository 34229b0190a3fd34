package trade.synth;

import java.util.List;

/** Turning patterns (spec §1.6 Reversal): ε-first piecewise-linear legs of size M·P0. */
final class ReversalPatterns {
    private ReversalPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("reversal_v_bottom", "reversal", "falls M to the middle, rises M back (V bottom)",
                        (p, r) -> v(p, r, -1)),
                new Pattern("reversal_v_top", "reversal", "rises M to the middle, falls M back (V top)",
                        (p, r) -> v(p, r, 1)),
                new Pattern("reversal_double_bottom", "reversal", "falls M, bounces M/2, retests the low, rises M (W shape)",
                        (p, r) -> double_(p, r, -1)),
                new Pattern("reversal_double_top", "reversal", "rises M, dips M/2, retests the high, falls M (M shape)",
                        (p, r) -> double_(p, r, 1)));
    }

    /** First leg in direction {@code sign}, the second back. */
    private static void v(double[] p, PatternRun r, int sign) {
        int b = r.n / 2;
        double d = r.config.trendMagnitude() * r.p0;
        r.walk(p, new int[] {b}, new double[] {sign * d / b, -sign * d / (r.n - b)});
    }

    private static void double_(double[] p, PatternRun r, int sign) {
        int a = r.at(0.25), m = r.at(0.5), c = r.at(0.75);
        double d = r.config.trendMagnitude() * r.p0;
        r.walk(p, new int[] {a, m, c}, new double[] {
                sign * d / a, -sign * 0.5 * d / (m - a), sign * 0.5 * d / (c - m), -sign * d / (r.n - c)});
    }
}

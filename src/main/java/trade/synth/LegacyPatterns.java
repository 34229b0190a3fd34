package trade.synth;

import java.util.List;

/** The original's four first patterns (spec §1.6 Legacy). */
final class LegacyPatterns {
    private LegacyPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("trending", "legacy", "rises 20% over the first half, gives back half of it; iid noise around the line",
                        LegacyPatterns::trending),
                new Pattern("ranging", "legacy", "mean-reverting walk pulled 10% per 15 minutes back to P0",
                        LegacyPatterns::ranging),
                new Pattern("volatile", "legacy", "walk at 2σ with a 5% chance per bar of a 5-fold jump",
                        LegacyPatterns::volatile_),
                new Pattern("multi_tf_aligned", "legacy", "two superposed sine cycles (2 slow, 8 fast) around P0 plus noise",
                        LegacyPatterns::multiTfAligned));
    }

    private static void trending(double[] p, PatternRun r) {
        int n = r.n, up = n / 2, down = n - up;
        for (int i = 0; i < n; i++) {
            double trend = i < up ? PatternRun.linspace(0, 1, up, i) : PatternRun.linspace(1, 0.5, down, i - up);
            p[i] = r.p0 + trend * 0.2 * r.p0;
        }
        r.addNoise(p, r.sigma * r.p0);
    }

    /** 10 % pull per 15m bar with that bar's σ, in their per-minute form. */
    private static void ranging(double[] p, PatternRun r) {
        double[] m = PatternRun.minuteReversion(0.1, r.sigma * StrictMath.sqrt(PatternRun.REFERENCE_MINUTES) * r.p0);
        for (int i = 1; i < r.n; i++) p[i] = p[i - 1] + m[0] * (r.p0 - p[i - 1]) + r.normal(m[1]);
    }

    private static void volatile_(double[] p, PatternRun r) {
        double hv = 2 * r.sigma;
        for (int i = 1; i < r.n; i++) {
            double change;
            if (r.random() < 0.05) {
                double dir = r.random() > 0.5 ? 1 : -1;
                change = dir * 5 * hv * r.p0;
            } else {
                change = r.normal(hv * r.p0);
            }
            p[i] = p[i - 1] + change;
        }
    }

    private static void multiTfAligned(double[] p, PatternRun r) {
        int n = r.n;
        for (int i = 0; i < n; i++) {
            p[i] = r.p0 + StrictMath.sin(PatternRun.linspace(0, 4 * Math.PI, n, i)) * 0.15 * r.p0
                    + StrictMath.sin(PatternRun.linspace(0, 16 * Math.PI, n, i)) * 0.05 * r.p0;
        }
        r.addNoise(p, r.sigma * r.p0);
    }
}

package trade.synth;

import java.util.List;

/**
 * Range-then-move patterns (spec §1.6 Breakout, ε-first): a sine range of 3 cycles around P0
 * inside P0 ± W/4 (absolute, not a walk), then phases that step from the previous close.
 */
final class BreakoutPatterns {
    private BreakoutPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("breakout_clean", "breakout", "range for 60%, breakout up, then continuation",
                        BreakoutPatterns::clean),
                new Pattern("breakout_false", "breakout", "range, a poke above it, then a drop through the floor",
                        BreakoutPatterns::falseBreak),
                new Pattern("breakout_retest", "breakout", "range, breakout, pullback to the old top, continuation up",
                        BreakoutPatterns::retest));
    }

    /** The range phase: P0 + sin(i/end·6π)·(W/4)·P0 + ε. */
    private static double range(PatternRun r, int i, int end, double e) {
        return r.p0 + StrictMath.sin((double) i / end * 6 * Math.PI) * r.config.rangeWidth() / 4 * r.p0 + e;
    }

    private static void clean(double[] p, PatternRun r) {
        int re = r.at(0.6), be = r.at(0.7);
        double m = r.config.trendMagnitude() * r.p0;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            if (i < re) p[i] = range(r, i, re, e);
            else if (i < be) p[i] = p[i - 1] + 0.3 * m / (be - re) + e;
            else p[i] = p[i - 1] + 0.5 * m / (r.n - be) + e;
        }
    }

    private static void falseBreak(double[] p, PatternRun r) {
        int re = r.at(0.5), fe = r.at(0.6), rv = r.at(0.8);
        double w = r.config.rangeWidth(), lo = r.p0 * (1 - w / 4);
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            if (i < re) p[i] = range(r, i, re, e);
            else if (i < fe) p[i] = p[i - 1] + 2 * r.config.huntDepth() * r.p0 / (fe - re) + e;
            else if (i < rv) p[i] = p[i - 1] - w * r.p0 / (rv - fe) + e;
            else p[i] = p[i - 1] + 0.1 * ((lo - 0.2 * w * r.p0) - p[i - 1]) + e;
        }
    }

    private static void retest(double[] p, PatternRun r) {
        int re = r.at(0.4), be = r.at(0.5), rt = r.at(0.65);
        double hi = r.p0 * (1 + r.config.rangeWidth() / 4), m = r.config.trendMagnitude() * r.p0;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            if (i < re) p[i] = range(r, i, re, e);
            else if (i < be) p[i] = p[i - 1] + 0.1 * hi / (be - re) + e;
            else if (i < rt) p[i] = p[i - 1] + 0.15 * (hi - p[i - 1]) + e;
            else p[i] = p[i - 1] + 0.5 * m / (r.n - rt) + e;
        }
    }
}

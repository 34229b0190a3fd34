package trade.synth;

import java.util.List;

/** Stop hunts, whipsaws and slow accumulation/distribution (spec §1.6 Liquidity / manipulation). */
final class LiquidityPatterns {
    private LiquidityPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("liquidity_hunt_lows", "liquidity", "range above support, a sweep below it, recovery and rise",
                        (p, r) -> hunt(p, r, -1)),
                new Pattern("liquidity_hunt_highs", "liquidity", "range below resistance, a sweep above it, drop and fall",
                        (p, r) -> hunt(p, r, 1)),
                new Pattern("choppy_whipsaw", "liquidity", "back-and-forth around P0 with random flips, kept inside ±5%",
                        LiquidityPatterns::whipsaw),
                new Pattern("accumulation", "liquidity", "quiet walk drifting up 0.3·M",
                        (p, r) -> drift(p, r, 1)),
                new Pattern("distribution", "liquidity", "quiet walk drifting down 0.3·M",
                        (p, r) -> drift(p, r, -1)));
    }

    /**
     * ε-first. Range (4 sine cycles) on the far side of a level L = P0(1 + side·W/4), a sweep of
     * hunt_depth beyond L, a return to P0, then a trend of 0.3·M away from the swept side.
     * The original writes the two sides with different range formulas; both are kept.
     */
    private static void hunt(double[] p, PatternRun r, int side) {
        int rEnd = r.at(0.5), h = r.at(0.6), v = r.at(0.75);
        double level = r.p0 * (1 + side * r.config.rangeWidth() / 4);
        double swept = level * (1 + side * r.config.huntDepth());
        double amplitude = 0.8 * side * (level - r.p0);
        double m = r.config.trendMagnitude() * r.p0;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            double wave = StrictMath.sin((double) i / rEnd * 8 * Math.PI);
            if (i < rEnd) p[i] = side < 0 ? level + amplitude + wave * 0.3 * amplitude + e : r.p0 + wave * amplitude + e;
            else if (i < h) p[i] = p[i - 1] + (swept - level) / (h - rEnd) + 0.3 * e;
            else if (i < v) p[i] = p[i - 1] + (r.p0 - swept) / (v - h) + e;
            else p[i] = p[i - 1] - side * 0.3 * m / (r.n - v) + e;
        }
    }

    private static void whipsaw(double[] p, PatternRun r) {
        double sp = r.sigma * r.p0, top = 1.05 * r.p0, bottom = 0.95 * r.p0;
        for (int i = 1; i < r.n; i++) {
            double dir;
            if (r.random() < 0.15) dir = r.random() < 0.5 ? -1 : 1; // numpy choice([−1, 1])
            else dir = p[i - 1] < r.p0 ? 1 : -1;
            double price = p[i - 1] + dir * r.uniform(0.5, 1.5) * sp + r.normal(0.5 * sp);
            if (price > top) price = top - r.uniform(0, sp);
            else if (price < bottom) price = bottom + r.uniform(0, sp);
            p[i] = price;
        }
    }

    private static void drift(double[] p, PatternRun r, int sign) {
        double step = sign * 0.3 * r.config.trendMagnitude() * r.p0 / r.n, sd = 0.4 * r.sigma * r.p0;
        for (int i = 1; i < r.n; i++) p[i] = p[i - 1] + step + r.normal(sd);
    }
}

package trade.synth;

import java.util.List;

/** Directional patterns (spec §1.6 Trend): a drift per phase plus noise. */
final class TrendPatterns {
    private TrendPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("trend_up_clean", "trend", "steady rise of M over 70%, a 30% pullback, then a slower rise",
                        (p, r) -> clean(p, r, 1)),
                new Pattern("trend_down_clean", "trend", "mirror of trend_up_clean: fall, relief rally, slower fall",
                        (p, r) -> clean(p, r, -1)),
                new Pattern("trend_grinding", "trend", "slow rise of M/2 under low noise, no pullbacks",
                        TrendPatterns::grinding),
                new Pattern("trend_parabolic", "trend", "rise whose slope grows fourfold from start to end",
                        TrendPatterns::parabolic),
                new Pattern("trend_exhaustion", "trend", "rise of M over 60%, a wide choppy top, then a 0.6·M decline",
                        TrendPatterns::exhaustion),
                new Pattern("trend_stairs", "trend", "rise in equal steps, each a climb then a flat consolidation",
                        TrendPatterns::stairs));
    }

    /** Rise (sign +1) or fall (sign −1) of M, a counter-move of pullback_depth·M, then 0.8 of the rate. */
    private static void clean(double[] p, PatternRun r, int sign) {
        int t1 = r.at(0.7), pb = r.at(0.85);
        double move = r.config.trendMagnitude() * r.p0;
        double rate = move / t1;
        r.walk(p, new int[] {t1, pb},
                new double[] {sign * rate, -sign * move * r.config.pullbackDepth() / (pb - t1), sign * 0.8 * rate});
    }

    private static void grinding(double[] p, PatternRun r) {
        double drift = 0.5 * r.config.trendMagnitude() * r.p0 / r.n;
        for (int i = 1; i < r.n; i++) p[i] = p[i - 1] + drift + r.normal(0.3 * r.sigma * r.p0);
    }

    private static void parabolic(double[] p, PatternRun r) {
        double base = r.config.trendMagnitude() * r.p0 / r.n;
        for (int i = 1; i < r.n; i++) p[i] = p[i - 1] + base * (1 + 3.0 * i / r.n) + r.eps();
    }

    private static void exhaustion(double[] p, PatternRun r) {
        int te = r.at(0.6), ee = r.at(0.75);
        double move = r.config.trendMagnitude() * r.p0;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps(); // drawn on every bar, also in the top phase that ignores it
            if (i < te) p[i] = p[i - 1] + move / te + e;
            else if (i < ee) p[i] = p[i - 1] + r.normal(2 * r.sigma * r.p0);
            else p[i] = p[i - 1] - 0.6 * move / (r.n - ee) + e;
        }
    }

    /** Climb for 60% of each step, then pull 10% per bar towards the next step's level. */
    private static void stairs(double[] p, PatternRun r) {
        int steps = r.config.stairsSteps();
        int bps = Math.max(1, r.n / steps);
        double step = r.config.trendMagnitude() * r.p0 / steps;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            int s = i / bps;
            double progress = (double) (i % bps) / bps;
            if (progress < 0.6) p[i] = p[i - 1] + step / (0.6 * bps) + e;
            else p[i] = p[i - 1] + 0.1 * ((r.p0 + (s + 1) * step) - p[i - 1]) + e;
        }
    }
}

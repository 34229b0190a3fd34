package trade.synth;

import java.util.List;

/**
 * Shapes for ICT-style structure detectors (spec §1.6 ICT-oriented): displacement candles, fair
 * value gaps, equal highs/lows and an order-block retest. Their jumps are sized per bar as in
 * the original (they are events, not volatility), so they keep their size at 1m; the background
 * noise uses σ. Note: trending_with_gaps adds a 3–4.5 % jump every 8 bars for 40 % of the run,
 * so at 1m over many days it climbs to a large multiple of P0, exactly as its formula says.
 */
final class IctPatterns {
    private IctPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("displacement_impulse", "ict", "quiet drift broken by single-bar 3-5% impulses alternating up and down",
                        IctPatterns::displacement),
                new Pattern("trending_with_gaps", "ict", "quiet start, a gapping rally (fair value gaps), then a 40% retrace",
                        IctPatterns::gaps),
                new Pattern("equal_highs_lows", "ict", "equal highs at +5%, a sweep above, a slide to equal lows at -8%",
                        IctPatterns::equalHighsLows),
                new Pattern("ob_retest", "ict", "a down move into an order block, a 3-bar displacement up, rally, retest of the block",
                        IctPatterns::orderBlockRetest));
    }

    private static void displacement(double[] p, PatternRun r) {
        int spacing = Math.max(30, r.n / 8);
        double sd = 0.09 * r.sigma * r.p0;
        int impulse = 0;
        for (int i = 1; i < r.n; i++) {
            if (i >= 20 && (i - 20) % spacing == 0) {
                double size = r.uniform(0.03, 0.05) * r.p0;
                p[i] = p[i - 1] + (impulse % 2 == 0 ? size : -size);
                impulse++;
            } else {
                p[i] = p[i - 1] + r.normal(sd);
            }
        }
    }

    private static void gaps(double[] p, PatternRun r) {
        int a = r.at(0.3), b = r.at(0.7);
        double jump = 0.03 * r.p0, noise = r.sigma * r.p0 * r.config.noiseLevel();
        for (int i = 1; i < r.n; i++) {
            if (i < a) {
                p[i] = p[i - 1] + r.normal(0.3 * noise);
            } else if (i < b) {
                int q = (i - a) % 8;
                if (q == 1) p[i] = p[i - 1] + r.uniform(jump, 1.5 * jump);
                else if (q == 2) p[i] = p[i - 1] + r.uniform(0.3 * jump, 0.5 * jump);
                else p[i] = p[i - 1] + r.uniform(0.0005 * r.p0, 0.002 * r.p0);
            } else {
                double rally = p[Math.max(b - 1, 0)] - p[a];
                p[i] = p[i - 1] - 0.4 * rally / Math.max(r.n - b, 1) + r.normal(0.5 * noise);
            }
        }
    }

    private static void equalHighsLows(double[] p, PatternRun r) {
        int a = r.at(0.4), b = r.at(0.5), c = r.at(0.8), period = Math.max(12, r.n / 40);
        double p0 = r.p0, highs = 1.05 * p0, lows = 0.92 * p0, peak = 1.03 * highs, ns = 0.09 * r.sigma * p0;
        for (int i = 1; i < r.n; i++) {
            if (i < a) {
                double wave = StrictMath.sin(2 * Math.PI * i / period);
                p[i] = (p0 + highs) / 2 + wave * (highs - p0) / 2 + r.normal(ns);
                if (wave > 0.8) p[i] = highs + r.uniform(-0.003, 0.003) * p0 + r.normal(0.5 * ns);
            } else if (i < b) {
                double q = (double) (i - a) / (b - a);
                if (q < 0.4) p[i] = highs + 0.03 * highs * q / 0.4 + r.normal(0.3 * ns);
                else p[i] = peak - (peak - highs) * ((q - 0.4) / 0.6) * 1.5 + r.normal(0.5 * ns);
            } else if (i < c) {
                double from = p[b - 1];
                p[i] = from + (1.05 * lows - from) * (i - b) / (c - b) + r.normal(ns);
            } else {
                double wave = StrictMath.sin(2 * Math.PI * (i - c) / period);
                p[i] = 1.02 * lows + wave * 0.02 * lows + r.normal(ns);
                if (wave < -0.8) p[i] = lows + r.uniform(-0.003, 0.003) * p0 + r.normal(0.5 * ns);
            }
        }
    }

    private static void orderBlockRetest(double[] p, PatternRun r) {
        int a = r.at(0.2), k = Math.min(5, Math.max(2, r.at(0.005))), b1 = a + k, b2 = b1 + k;
        int c = r.at(0.6), d = r.at(0.8);
        double m = r.config.trendMagnitude() * r.p0, ns = 0.09 * r.sigma * r.p0;
        for (int i = 1; i < r.n; i++) {
            if (i < a) {
                p[i] = p[i - 1] + r.normal(ns);
            } else if (i < b1) {
                p[i] = p[i - 1] - p[Math.max(a - 1, 0)] * 0.03 / k + r.normal(0.2 * ns);
            } else if (i < b2) {
                p[i] = p[i - 1] + r.uniform(0.04, 0.06) * r.p0;
            } else if (i < c) {
                p[i] = p[i - 1] + 0.4 * m / Math.max(c - b2, 1) + r.normal(0.5 * ns);
            } else if (i < d) {
                double block = p[a], top = p[c - 1];
                p[i] = top + (block + 0.3 * (top - block) - top) * (i - c) / (d - c) + r.normal(0.5 * ns);
            } else {
                p[i] = p[i - 1] + 0.3 * m / Math.max(r.n - d, 1) + r.normal(0.5 * ns);
            }
        }
    }
}

package trade.synth;

import java.util.List;

/**
 * Trends that look alike on every timeframe (spec §1.6 Multi-timeframe): a straight line of
 * ±M·P0 plus either two sine cycles (aligned) or a half-sine counter-move between 40 % and 60 %
 * (pullback), then one vector draw of n normals N(0, σ·P0·k).
 */
final class MtfPatterns {
    private MtfPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("mtf_aligned_bull", "mtf", "straight rise of M with small slow and fast waves",
                        (p, r) -> aligned(p, r, 1)),
                new Pattern("mtf_aligned_bear", "mtf", "straight fall of M with small slow and fast waves",
                        (p, r) -> aligned(p, r, -1)),
                new Pattern("mtf_pullback_bull", "mtf", "rise of M with a 0.3·M half-sine pullback between 40% and 60%",
                        (p, r) -> pullback(p, r, 1)),
                new Pattern("mtf_pullback_bear", "mtf", "fall of M with a 0.3·M half-sine rally between 40% and 60%",
                        (p, r) -> pullback(p, r, -1)));
    }

    private static void aligned(double[] p, PatternRun r, int sign) {
        int n = r.n;
        double m = r.config.trendMagnitude() * r.p0;
        for (int i = 0; i < n; i++) {
            p[i] = r.p0 + PatternRun.linspace(0, sign * m, n, i)
                    + StrictMath.sin(PatternRun.linspace(0, 2 * Math.PI, n, i)) * 0.03 * r.p0
                    + StrictMath.sin(PatternRun.linspace(0, 8 * Math.PI, n, i)) * 0.01 * r.p0;
        }
        r.addNoise(p, r.sigma * r.p0 * r.config.noiseLevel());
    }

    private static void pullback(double[] p, PatternRun r, int sign) {
        int n = r.n, s = r.at(0.4), e = r.at(0.6);
        double m = r.config.trendMagnitude() * r.p0;
        for (int i = 0; i < n; i++) {
            double counter = 0;
            if (i >= s && i < e) {
                double progress = (double) (i - s) / (e - s);
                counter = -sign * StrictMath.sin(progress * Math.PI) * m * r.config.pullbackDepth();
            }
            p[i] = r.p0 + PatternRun.linspace(0, sign * m, n, i) + counter;
        }
        r.addNoise(p, r.sigma * r.p0 * r.config.noiseLevel());
    }
}

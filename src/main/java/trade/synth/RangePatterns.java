package trade.synth;

import java.util.List;

/** Sideways patterns (spec §1.6 Range): price held inside a band around P0. */
final class RangePatterns {
    private RangePatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("range_tight", "range", "tight band: pulled 20% per 15 minutes back to P0 under small noise",
                        RangePatterns::tight),
                new Pattern("range_wide", "range", "walk at 1.5σ reflected inside P0 ± W/2",
                        RangePatterns::wide),
                new Pattern("range_ascending", "range", "oscillation under a flat top with a rising floor (ascending triangle)",
                        (p, r) -> converging(p, r, true)),
                new Pattern("range_descending", "range", "oscillation above a flat floor with a falling top (descending triangle)",
                        (p, r) -> converging(p, r, false)));
    }

    /** 20 % pull and volatility_squeeze noise per 15m bar, in their per-minute form. */
    private static void tight(double[] p, PatternRun r) {
        double[] m = PatternRun.minuteReversion(0.2, r.config.volatilitySqueeze() * r.p0);
        for (int i = 1; i < r.n; i++) p[i] = p[i - 1] + m[0] * (r.p0 - p[i - 1]) + r.normal(m[1]);
    }

    private static void wide(double[] p, PatternRun r) {
        double w = r.config.rangeWidth(), hi = r.p0 * (1 + w / 2), lo = r.p0 * (1 - w / 2), sp = r.sigma * r.p0;
        for (int i = 1; i < r.n; i++) {
            double candidate = p[i - 1] + r.normal(1.5 * sp);
            if (candidate > hi) p[i] = hi - Math.abs(r.normal(sp));
            else if (candidate < lo) p[i] = lo + Math.abs(r.normal(sp));
            else p[i] = candidate;
        }
    }

    /** Sine of 4 cycles between a support S and resistance R, one of which moves by 0.8·W·P0. */
    private static void converging(double[] p, PatternRun r, boolean risingFloor) {
        double w = r.config.rangeWidth();
        for (int i = 1; i < r.n; i++) {
            double progress = (double) i / r.n;
            double support = r.p0 * (1 - w / 2), resistance = r.p0 * (1 + w / 2);
            if (risingFloor) support += progress * r.p0 * w * 0.8;
            else resistance -= progress * r.p0 * w * 0.8;
            double e = r.eps();
            double price = (support + resistance) / 2
                    + StrictMath.sin(8 * Math.PI * progress) * (resistance - support) / 2 + e;
            p[i] = Math.min(resistance, Math.max(support, price));
        }
    }
}

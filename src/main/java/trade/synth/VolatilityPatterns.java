package trade.synth;

import java.util.List;

/**
 * Patterns whose noise level changes over time (spec §1.6 Volatility).
 *
 * <p>Decision: the volatilities the original applies per bar without TF scaling (0.02, 0.10, 0.03
 * and vol_decay's schedule) are read as daily volatilities and multiplied by
 * {@link PatternRun#perBar} like σ, and vol_squeeze_expand's 0.0001·P0 drift per bar as a daily
 * drift (× perBar², i.e. minutes/1440). Applied literally at 1m, a 10 % per-bar noise walks
 * many P0 within a day and through zero.
 */
final class VolatilityPatterns {
    private VolatilityPatterns() {}

    static List<Pattern> all() {
        return List.of(
                new Pattern("vol_squeeze_expand", "volatility", "volatility shrinks to a fifth over 60%, then expands with a rise",
                        VolatilityPatterns::squeezeExpand),
                new Pattern("vol_spike_recover", "volatility", "calm, a sharp drop of 2·spike, a full recovery, calm",
                        (p, r) -> spike(p, r, true)),
                new Pattern("vol_spike_continue", "volatility", "calm, a sharp drop of 2·spike, then a slow further decline",
                        (p, r) -> spike(p, r, false)),
                new Pattern("vol_decay", "volatility", "driftless walk whose volatility decays from spike to a tenth",
                        VolatilityPatterns::decay));
    }

    private static void squeezeExpand(double[] p, PatternRun r) {
        int se = r.at(0.6), ee = r.at(0.75);
        double m = r.config.trendMagnitude() * r.p0, scale = r.perBar * r.p0;
        double drift = 0.0001 * r.p0 * r.perBar * r.perBar;
        for (int i = 1; i < r.n; i++) {
            if (i < se) {
                double v = r.config.volatilityBase() * (1 - 0.8 * i / se);
                p[i] = p[i - 1] + drift + r.normal(v * scale);
            } else if (i < ee) {
                p[i] = p[i - 1] + 0.3 * m / (ee - se) + r.normal(r.config.volatilitySpike() * scale);
            } else {
                p[i] = p[i - 1] + 0.3 * m / (r.n - ee) + r.normal(0.03 * scale);
            }
        }
    }

    /** Calm σ-walk for 40%, a drop of C, then either a recovery of C or a slow further fall. */
    private static void spike(double[] p, PatternRun r, boolean recover) {
        int ne = r.at(0.4), ce = r.at(recover ? 0.5 : 0.55), re = r.at(0.7);
        double c = 2 * r.config.volatilitySpike() * r.p0, sp = r.sigma * r.p0;
        for (int i = 1; i < r.n; i++) {
            double e = r.eps();
            if (i < ne) p[i] = p[i - 1] + r.normal(sp);
            else if (i < ce) p[i] = p[i - 1] - c / (ce - ne) + 0.5 * e;
            else if (!recover) p[i] = p[i - 1] - 0.3 * c / (r.n - ce) + r.normal(1.5 * sp);
            else if (i < re) p[i] = p[i - 1] + c / (re - ce) + 0.5 * e;
            else p[i] = p[i - 1] + r.normal(sp);
        }
    }

    private static void decay(double[] p, PatternRun r) {
        double scale = r.perBar * r.p0;
        for (int i = 1; i < r.n; i++) {
            double v = r.config.volatilitySpike() * (1 - 0.9 * i / r.n) + r.config.volatilitySqueeze();
            p[i] = p[i - 1] + r.normal(v * scale);
        }
    }
}

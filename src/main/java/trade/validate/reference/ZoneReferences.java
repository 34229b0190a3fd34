package trade.validate.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import trade.structure.Blake2b;

/**
 * Batch references for zone, fibonacci, derived_zone and premium_discount, written from
 * structures.md §3.5–3.7 and §3.12 as plain loops over the swing's (and trend's) recorded output
 * arrays, the way the original's vectorized references consume them. Results are [output][bar] in
 * the catalog's output order. Where a value depends only on the current dependency outputs it is
 * computed from them directly rather than carried as state.
 */
public final class ZoneReferences {
    private ZoneReferences() {}

    /** The swing's (and optional trend's) reference outputs the references read; trend arrays null without a trend. */
    public record Inputs(Bars s, double[] atr, double[] highIdx, double[] highLevel, double[] lowIdx, double[] lowLevel,
                  double[] version, double[] pairHigh, double[] pairHighIdx, double[] pairLow, double[] pairLowIdx,
                  double[] pairDirection, double[] pairVersion, double[] trendVersion, double[] trendDirection) {}

    public static double[][] zone(Inputs in, boolean demand, double widthAtr) {
        int n = in.s().size();
        double[][] out = new double[5][n]; // state upper lower anchor_idx version
        double state = 0, upper = Double.NaN, lower = Double.NaN, anchor = -1, version = 0, consumed = -1;
        for (int t = 0; t < n; t++) {
            double idx = demand ? in.lowIdx()[t] : in.highIdx()[t];
            boolean skipped = false;
            if (idx >= 0 && idx != consumed) {
                if (Double.isNaN(in.atr()[t])) {
                    skipped = true; // retried on the next bar, and no break check this bar
                } else {
                    double level = demand ? in.lowLevel()[t] : in.highLevel()[t];
                    double w = in.atr()[t] * widthAtr;
                    upper = demand ? level : level + w;
                    lower = demand ? level - w : level;
                    state = 1;
                    anchor = idx;
                    consumed = idx;
                    version++;
                }
            }
            double c = in.s().close()[t];
            if (!skipped && state == 1 && (demand ? c < lower : c > upper)) {
                state = 2;
                version++;
            }
            double[] row = {state, upper, lower, anchor, version};
            for (int o = 0; o < 5; o++) out[o][t] = row[o];
        }
        return out;
    }

    /**
     * fibonacci: paired levels follow the current pair, unpaired the current high and low; trend
     * anchoring uses the pair at the latest bar where the trend or pair version moved with a
     * non-zero trend direction.
     */
    public static double[][] fibonacci(Inputs in, double[] ratios, String mode, String anchoring) {
        int n = in.s().size(), k = ratios.length;
        double[][] out = new double[k + 6][n];
        for (int t = 0; t < n; t++) {
            double hi = Double.NaN, lo = Double.NaN, dir = 0, hash = 0, trendDir = 0;
            boolean set = false;
            switch (anchoring) {
                case "paired" -> {
                    if (in.pairVersion()[t] > 0) {
                        hi = in.pairHigh()[t]; lo = in.pairLow()[t]; dir = in.pairDirection()[t]; hash = 1; set = true;
                    }
                }
                case "unpaired" -> {
                    if (!Double.isNaN(in.highLevel()[t]) && !Double.isNaN(in.lowLevel()[t])) {
                        hi = in.highLevel()[t]; lo = in.lowLevel()[t]; set = true;
                    }
                }
                default -> {
                    for (int u = t; u >= 0; u--) {
                        double prevTv = u == 0 ? 0 : in.trendVersion()[u - 1], prevPv = u == 0 ? -1 : in.pairVersion()[u - 1];
                        boolean moved = in.trendVersion()[u] != prevTv || in.pairVersion()[u] != prevPv;
                        if (moved && in.trendDirection()[u] != 0 && in.pairVersion()[u] > 0) {
                            hi = in.pairHigh()[u]; lo = in.pairLow()[u]; trendDir = in.trendDirection()[u];
                            dir = trendDir == 1 ? 1 : 2; set = true;
                            break;
                        }
                    }
                }
            }
            double range = hi - lo;
            for (int r = 0; r < k; r++) {
                double level = Double.NaN;
                if (set) {
                    level = switch (mode) {
                        case "retracement" -> hi - range * ratios[r];
                        case "extension_up" -> hi + range * ratios[r];
                        case "extension_down" -> lo - range * ratios[r];
                        default -> dir == 1 ? hi + range * ratios[r] : dir == 2 ? lo - range * ratios[r] : Double.NaN;
                    };
                }
                out[r][t] = level;
            }
            out[k][t] = hi;
            out[k + 1][t] = lo;
            out[k + 2][t] = set ? range : Double.NaN;
            out[k + 3][t] = dir;
            out[k + 4][t] = hash;
            out[k + 5][t] = trendDir;
        }
        return out;
    }

    public static double[][] premiumDiscount(Inputs in) {
        int n = in.s().size();
        double[][] out = new double[6][n];
        double previousZone = 0, version = 0;
        for (int t = 0; t < n; t++) {
            double hi = in.pairHigh()[t], lo = in.pairLow()[t], c = in.s().close()[t];
            double eq = Double.NaN, prem = Double.NaN, disc = Double.NaN, depth = Double.NaN, zone = 0;
            if (!Double.isNaN(hi) && !Double.isNaN(lo)) {
                double span = hi - lo;
                if (span <= 0) {
                    eq = hi; prem = hi; disc = lo; depth = 0.5; zone = 3;
                } else {
                    eq = lo + 0.5 * span; prem = lo + 0.75 * span; disc = lo + 0.25 * span;
                    zone = c >= prem ? 1 : c <= disc ? 2 : 3;
                    depth = Math.max(0, Math.min(1, (c - lo) / span));
                }
            }
            if (zone != previousZone) { version++; previousZone = zone; }
            double[] row = {eq, prem, disc, zone, depth, version};
            for (int o = 0; o < 6; o++) out[o][t] = row[o];
        }
        return out;
    }

    private static final class DerivedZone {
        double lower, upper, anchor, age, touches, lastTouch = -1, id;
        int state = 1;
        boolean touched, inside;
    }

    public static double[][] derivedZone(Inputs in, double[] ratios, int slots, String mode, double widthPct, boolean paired,
                                  double breakTolerance) {
        int n = in.s().size();
        double[][] out = new double[10 * slots + 9][n];
        List<DerivedZone> zones = new ArrayList<>(); // newest first
        double source = 0;
        for (int t = 0; t < n; t++) {
            double v = paired ? in.pairVersion()[t] : in.version()[t];
            if (v != source) {
                source = v;
                double hi = paired ? in.pairHigh()[t] : in.highLevel()[t], lo = paired ? in.pairLow()[t] : in.lowLevel()[t];
                double hiIdx = paired ? in.pairHighIdx()[t] : in.highIdx()[t], loIdx = paired ? in.pairLowIdx()[t] : in.lowIdx()[t];
                if (!Double.isNaN(hi) && !Double.isNaN(lo) && hiIdx >= 0 && loIdx >= 0 && hi - lo > 0) {
                    for (double r : ratios) {
                        double centre = mode.equals("extension") ? hi + (hi - lo) * r : hi - (hi - lo) * r;
                        DerivedZone z = new DerivedZone();
                        z.lower = centre - centre * widthPct / 2;
                        z.upper = centre + centre * widthPct / 2;
                        z.anchor = t;
                        z.id = id((int) source, (int) hiIdx, (int) loIdx, r, mode);
                        zones.add(0, z);
                    }
                    while (zones.size() > slots) zones.remove(zones.size() - 1);
                }
            }
            double c = in.s().close()[t];
            for (DerivedZone z : zones) {
                z.touched = false;
                z.age = t - z.anchor;
                z.inside = z.state == 1 && c >= z.lower && c <= z.upper;
                if (z.inside) { z.touched = true; z.touches++; z.lastTouch = t; }
                boolean outside = c < z.lower * (1 - breakTolerance) || c > z.upper * (1 + breakTolerance);
                if (z.state == 1 && z.anchor < t && outside) z.state = 2;
            }
            int first = -1, active = 0;
            boolean anyTouched = false, anyInside = false;
            for (int i = 0; i < slots; i++) {
                DerivedZone z = i < zones.size() ? zones.get(i) : null;
                double[] row = z == null ? new double[] {Double.NaN, Double.NaN, 0, -1, -1, 0, 0, -1, 0, 0}
                        : new double[] {z.lower, z.upper, z.state, z.anchor, z.age, z.touched ? 1 : 0, z.touches,
                                z.lastTouch < 0 ? -1 : t - z.lastTouch, z.inside ? 1 : 0, z.id};
                for (int f = 0; f < 10; f++) out[10 * i + f][t] = row[f];
                if (z != null && z.state == 1) {
                    active++;
                    if (first < 0) first = i;
                    anyTouched |= z.touched;
                }
                if (z != null) anyInside |= z.inside;
            }
            double[] tail = {active, active > 0 ? 1 : 0, anyTouched ? 1 : 0, anyInside ? 1 : 0,
                    first < 0 ? Double.NaN : zones.get(first).lower, first < 0 ? Double.NaN : zones.get(first).upper, first, first, source};
            for (int f = 0; f < tail.length; f++) out[10 * slots + f][t] = tail[f];
        }
        return out;
    }

    private static double id(int source, int hiIdx, int loIdx, double ratio, String mode) {
        String text = String.format("derived_zone|%d|%d|%d|%d|%s", source, hiIdx, loIdx, Math.round(Math.rint(ratio * 1e6)), mode);
        byte[] d = Blake2b.digest(text.getBytes(StandardCharsets.UTF_8), 4);
        return Long.parseLong(String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]), 16);
    }
}

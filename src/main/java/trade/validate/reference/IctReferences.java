package trade.validate.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch references for displacement, fair_value_gap, order_block, liquidity_zones and
 * breaker_block, written from structures.md §3.8–3.11 and §3.13 as plain loops over whole series.
 * Candle patterns are read straight from the series (an order block looks back at bars t-1, t-2, …
 * by index), dependencies from their recorded output arrays. Results are [output][bar].
 */
public final class IctReferences {
    private IctReferences() {}

    /** One band of fvg / order block / breaker; {@code state} 0 active, 1 mitigated, 2 invalidated. */
    private static final class Band {
        final int dir, anchor;
        final double upper, lower;
        int state;
        double fill;

        Band(int dir, double upper, double lower, int anchor) {
            this.dir = dir;
            this.upper = upper;
            this.lower = lower;
            this.anchor = anchor;
        }
    }

    /** Displacement test of one bar: {direction or 0, body/ATR, wick ratio}; NaNs when ATR is unusable. */
    public static double[] candle(Bars s, int t, double atr, double bodyMin, double wickMax) {
        if (Double.isNaN(atr) || atr <= 0) return new double[] {0, Double.NaN, Double.NaN};
        double o = s.open()[t], c = s.close()[t];
        double body = Math.abs(c - o);
        if (body == 0) return new double[] {0, 0, Double.POSITIVE_INFINITY};
        double wicks = (s.high()[t] - Math.max(o, c)) + (Math.min(o, c) - s.low()[t]);
        double ratio = body / atr, wick = wicks / body;
        int dir = ratio >= bodyMin && wick <= wickMax ? (c > o ? 1 : -1) : 0;
        return new double[] {dir, ratio, wick};
    }

    public static double[][] displacement(Bars s, double[] atr, double bodyMin, double wickMax) {
        int n = s.size();
        double[][] out = new double[7][n];
        for (int t = 0; t < n; t++) {
            double[] d = candle(s, t, atr[t], bodyMin, wickMax);
            double lastIdx = -1, lastDir = 0, version = 0;
            for (int u = 0; u <= t; u++) {
                double dir = candle(s, u, atr[u], bodyMin, wickMax)[0];
                if (dir != 0) { lastIdx = u; lastDir = dir; version++; }
            }
            double[] row = {d[0] != 0 ? 1 : 0, d[0], d[1], d[2], lastIdx, lastDir, version};
            for (int o = 0; o < 7; o++) out[o][t] = row[o];
        }
        return out;
    }

    public static double[][] fairValueGap(Bars s, double[] atr, double minGapAtr, int maxActive) {
        int n = s.size();
        double[][] out = new double[14][n];
        List<Band> gaps = new ArrayList<>();
        int version = 0;
        for (int t = 0; t < n; t++) {
            double[] fresh = {0, 0, Double.NaN, Double.NaN};
            boolean mitigated = false;
            if (t >= 2) {
                double a = minGapAtr > 0 ? atr[t] : Double.NaN;
                double bullGap = s.low()[t] - s.high()[t - 2], bearGap = s.low()[t - 2] - s.high()[t];
                Band b = null;
                if (bullGap > 0) {
                    if (passes(bullGap, a, minGapAtr)) b = new Band(1, s.low()[t], s.high()[t - 2], t);
                } else if (bearGap > 0 && passes(bearGap, a, minGapAtr)) {
                    b = new Band(-1, s.low()[t - 2], s.high()[t], t);
                }
                if (b != null) {
                    gaps.add(0, b);
                    version++;
                    fresh = new double[] {1, b.dir, b.upper, b.lower};
                }
            }
            for (Band g : gaps) {
                double range = g.upper - g.lower;
                if (g.state != 0 || range <= 0) continue;
                double reach = g.dir > 0 ? g.upper - s.low()[t] : s.high()[t] - g.lower;
                if (reach >= 0) {
                    g.fill = Math.max(g.fill, Math.min(reach / range, 1));
                    if (g.fill >= 0.5) { g.state = 1; mitigated = true; }
                }
                if (g.dir > 0 ? s.close()[t] < g.lower : s.close()[t] > g.upper) g.state = 2;
            }
            while (gaps.size() > maxActive) gaps.remove(gaps.size() - 1);
            double[] shared = summary(gaps, s.close()[t], fresh, mitigated);
            Band bull = nearest(gaps, 1, s.close()[t]), bear = nearest(gaps, -1, s.close()[t]);
            write(out, t, shared, bull == null ? Double.NaN : bull.fill, bear == null ? Double.NaN : bear.fill, version);
        }
        return out;
    }

    private static boolean passes(double gap, double atr, double minGapAtr) {
        return minGapAtr <= 0 || (Double.isFinite(atr) && atr > 0 && gap >= minGapAtr * atr);
    }

    /** @param displacement recorded direction per bar of a declared displacement, or null for the inline test */
    public static double[][] orderBlock(Bars s, double[] atr, double[] displacement, boolean useBody, double bodyMin, double wickMax,
                                 int maxActive, int lookback) {
        int n = s.size();
        double[][] out = new double[16][n];
        List<Band> blocks = new ArrayList<>();
        int version = 0;
        for (int t = 0; t < n; t++) {
            double[] fresh = {0, 0, Double.NaN, Double.NaN};
            int dir = displacement != null ? (int) displacement[t] : (int) candle(s, t, atr[t], bodyMin, wickMax)[0];
            if (dir != 0) {
                for (int u = t - 1; u >= Math.max(0, t - lookback - 2); u--) {
                    double o = s.open()[u], c = s.close()[u];
                    if (dir > 0 ? c >= o : c <= o) continue;
                    double top = useBody ? Math.max(o, c) : s.high()[u], bottom = useBody ? Math.min(o, c) : s.low()[u];
                    if (top > bottom) {
                        Band b = new Band(dir, top, bottom, t);
                        blocks.add(0, b);
                        version++;
                        fresh = new double[] {1, dir, top, bottom};
                    }
                    break;
                }
            }
            double[] invalidated = retest(blocks, s, t);
            while (blocks.size() > maxActive) blocks.remove(blocks.size() - 1);
            double[] shared = summary(blocks, s.close()[t], fresh, invalidated[4] == 1);
            write(out, t, shared, invalidated[0], invalidated[1], invalidated[2], invalidated[3], version);
        }
        return out;
    }

    /**
     * Order-block style retest of the active bands made before bar t.
     *
     * @return {any invalidated, last invalidated direction, upper, lower, any mitigated}
     */
    private static double[] retest(List<Band> bands, Bars s, int t) {
        double[] r = {0, 0, Double.NaN, Double.NaN, 0};
        for (Band b : bands) {
            if (b.state != 0 || b.anchor == t) continue;
            boolean through = b.dir > 0 ? s.close()[t] < b.lower : s.close()[t] > b.upper;
            boolean touch = b.dir > 0 ? s.low()[t] <= b.upper : s.high()[t] >= b.lower;
            if (through) {
                b.state = 2;
                r[0] = 1; r[1] = b.dir; r[2] = b.upper; r[3] = b.lower;
            } else if (touch) {
                b.state = 1;
                r[4] = 1;
            }
        }
        return r;
    }

    public static double[][] breaker(Bars s, double[] obInvalidated, double[] obDirection, double[] obUpper, double[] obLower,
                              double[] choch, int maxActive) {
        int n = s.size();
        double[][] out = new double[12][n];
        List<Band> breakers = new ArrayList<>();
        int version = 0;
        for (int t = 0; t < n; t++) {
            double[] fresh = {0, 0, Double.NaN, Double.NaN};
            if (choch != null && obInvalidated[t] == 1 && choch[t] == 1 && obDirection[t] != 0 && obUpper[t] > obLower[t]) {
                breakers.add(0, new Band((int) -obDirection[t], obUpper[t], obLower[t], t));
                version++;
                fresh = new double[] {1, -obDirection[t], obUpper[t], obLower[t]};
            }
            double[] r = retest(breakers, s, t);
            while (breakers.size() > maxActive) breakers.remove(breakers.size() - 1);
            write(out, t, summary(breakers, s.close()[t], fresh, r[4] == 1), version);
        }
        return out;
    }

    private static Band nearest(List<Band> bands, int dir, double close) {
        Band best = null;
        for (Band b : bands) {
            if (b.state != 0 || b.dir != dir) continue;
            double d = Math.abs(close - (b.upper + b.lower) / 2);
            if (best == null || d < Math.abs(close - (best.upper + best.lower) / 2)) best = b;
        }
        return best;
    }

    /** The eleven shared band outputs. */
    private static double[] summary(List<Band> bands, double close, double[] fresh, boolean mitigated) {
        Band bull = nearest(bands, 1, close), bear = nearest(bands, -1, close);
        long bulls = bands.stream().filter(b -> b.state == 0 && b.dir > 0).count();
        long bears = bands.stream().filter(b -> b.state == 0 && b.dir < 0).count();
        return new double[] {fresh[0], fresh[1], fresh[2], fresh[3],
                bull == null ? Double.NaN : bull.upper, bull == null ? Double.NaN : bull.lower,
                bear == null ? Double.NaN : bear.upper, bear == null ? Double.NaN : bear.lower, bulls, bears, mitigated ? 1 : 0};
    }

    private static void write(double[][] out, int t, double[] shared, double... own) {
        for (int o = 0; o < shared.length; o++) out[o][t] = shared[o];
        for (int o = 0; o < own.length; o++) out[shared.length + o][t] = own[o];
    }

    private static final class Pool {
        final int side; // 1 high, -1 low
        double level;
        int touches;

        Pool(int side, double level, int touches) {
            this.side = side;
            this.level = level;
            this.touches = touches;
        }
    }

    public static double[][] liquidity(Bars s, double[] atr, double[] highIdx, double[] highLevel, double[] lowIdx, double[] lowLevel,
                                double toleranceAtr, double sweepAtr, int minTouches, int maxActive, int history) {
        int n = s.size();
        double[][] out = new double[9][n];
        List<Double> highs = new ArrayList<>(), lows = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        double seenHigh = -1, seenLow = -1;
        int version = 0;
        for (int t = 0; t < n; t++) {
            boolean created = false, swept = false;
            double sweepDir = 0, sweptLevel = Double.NaN;
            double a = atr[t];
            if (!Double.isNaN(a) && a > 0) {
                for (int side : new int[] {1, -1}) {
                    double idx = side > 0 ? highIdx[t] : lowIdx[t], level = side > 0 ? highLevel[t] : lowLevel[t];
                    if (idx < 0 || idx == (side > 0 ? seenHigh : seenLow)) continue;
                    if (side > 0) seenHigh = idx; else seenLow = idx;
                    if (!Double.isFinite(level)) continue;
                    List<Double> all = side > 0 ? highs : lows;
                    all.add(level);
                    if (cluster(pools, side, all.subList(Math.max(0, all.size() - history), all.size()), toleranceAtr * a,
                            minTouches, maxActive)) {
                        created = true;
                        version++;
                    }
                }
                List<Pool> kept = new ArrayList<>();
                for (Pool p : pools) {
                    boolean hit = p.side > 0 ? s.high()[t] > p.level + sweepAtr * a : s.low()[t] < p.level - sweepAtr * a;
                    if (hit) { swept = true; sweepDir = p.side; sweptLevel = p.level; version++; } else kept.add(p);
                }
                pools = kept;
            }
            Pool nh = null, nl = null;
            for (Pool p : pools) {
                double d = Math.abs(p.level - s.close()[t]);
                if (p.side > 0 && (nh == null || d < Math.abs(nh.level - s.close()[t]))) nh = p;
                if (p.side < 0 && (nl == null || d < Math.abs(nl.level - s.close()[t]))) nl = p;
            }
            double[] row = {created ? 1 : 0, swept ? 1 : 0, sweepDir, sweptLevel, nh == null ? Double.NaN : nh.level,
                    nl == null ? Double.NaN : nl.level, nh == null ? 0 : nh.touches, nl == null ? 0 : nl.touches, version};
            for (int o = 0; o < 9; o++) out[o][t] = row[o];
        }
        return out;
    }

    /** Forms or refreshes a pool from the newest pivot of one side; true when a new pool was made. */
    private static boolean cluster(List<Pool> pools, int side, List<Double> pivots, double tolerance, int minTouches, int maxActive) {
        if (pivots.size() < minTouches) return false;
        double newest = pivots.get(pivots.size() - 1);
        List<Double> members = new ArrayList<>(List.of(newest));
        for (Double p : pivots.subList(0, pivots.size() - 1)) if (Math.abs(p - newest) <= tolerance) members.add(p);
        if (members.size() < minTouches) return false;
        double sum = 0;
        for (double m : members) sum += m;
        double level = sum / members.size();
        for (Pool p : pools) {
            if (p.side == side && Math.abs(p.level - level) <= tolerance) {
                p.level = level;
                p.touches = members.size();
                return false;
            }
        }
        pools.add(new Pool(side, level, members.size()));
        while (pools.stream().filter(p -> p.side == side).count() > maxActive) {
            pools.remove(pools.stream().filter(p -> p.side == side).findFirst().orElseThrow());
        }
        return true;
    }
}

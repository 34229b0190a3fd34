package trade.validate.reference;

import static trade.validate.reference.BatchReference.nans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import trade.core.Params;

/**
 * {@link BatchReference} for the averages, VWAPs, session levels and volume profiles added with the
 * full catalog. Anchored kinds run as {@link Bars#feed} runs them: with open times, without swings.
 */
public final class AverageBatch {
    private static final long DAY = 86_400_000L;

    private AverageBatch() {}

    public static double[][] compute(String name, Params p, Bars b) {
        return switch (name) {
            case "zlma" -> new double[][] {zlma(b.close(), p.integer("length"))};
            case "kama" -> new double[][] {kama(b.close(), p.integer("length"))};
            case "alma" -> new double[][] {alma(b.close(), p.integer("length"), p.number("sigma"), p.number("offset"))};
            case "linreg" -> new double[][] {linreg(b.close(), p.integer("length"))};
            case "vwap" -> new double[][] {vwap(b, p.text("anchor"))};
            case "anchored_vwap" -> anchoredVwap(b);
            case "session_levels" -> sessionLevels(b);
            case "volume_profile" -> ProfileBatch.profile(b, p.integer("num_buckets"), p.integer("lookback"), p.number("value_area_pct"));
            case "anchored_volume_profile" -> {
                double[][] profile = ProfileBatch.profile(b, p.integer("num_buckets"), p.integer("lookback"), p.number("value_area_pct"));
                double[][] out = Arrays.copyOf(profile, 7);
                out[6] = new double[b.size()];
                for (int t = 0; t < b.size(); t++) out[6][t] = t + 1;
                yield out;
            }
            default -> throw new IllegalArgumentException("no batch reference for " + name);
        };
    }

    public static double[] zlma(double[] x, int n) {
        int lag = (n - 1) / 2;
        double[] out = nans(x.length);
        if (x.length < n) return out;
        double seed = 0;
        for (int t = lag; t < n; t++) seed += 2 * x[t] - x[t - lag];
        out[n - 1] = seed / (n - lag);
        double a = 2.0 / (n + 1);
        for (int t = n; t < x.length; t++) out[t] = a * (2 * x[t] - x[t - lag]) + (1 - a) * out[t - 1];
        return out;
    }

    public static double[] kama(double[] x, int n) {
        double[] out = nans(x.length);
        if (x.length < n) return out;
        double fast = 2.0 / 3, slow = 2.0 / 31;
        out[n - 1] = OscillatorBatch.mean(x, n - 1, n);
        for (int t = n; t < x.length; t++) {
            double moves = 0;
            for (int i = t - n + 1; i <= t; i++) moves += Math.abs(x[i] - x[i - 1]);
            double er = moves == 0 ? 0 : Math.abs(x[t] - x[t - n]) / moves;
            double sc = Math.pow(er * (fast - slow) + slow, 2);
            out[t] = out[t - 1] + sc * (x[t] - out[t - 1]);
        }
        return out;
    }

    public static double[] alma(double[] x, int n, double sigma, double offset) {
        double[] w = new double[n];
        double total = 0;
        int k = (int) Math.floor(offset * (n - 1));
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(-0.5 * Math.pow(sigma / n * (i - k), 2));
            total += w[i];
        }
        double[] out = nans(x.length);
        for (int t = n - 1; t < x.length; t++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += w[i] / total * x[t - n + 1 + i];
            out[t] = s;
        }
        return out;
    }

    /** Least squares about the window's means, read at the newest position. */
    public static double[] linreg(double[] x, int n) {
        double[] out = nans(x.length);
        double mx = (n - 1) / 2.0;
        for (int t = n - 1; t < x.length; t++) {
            if (n == 1) {
                out[t] = x[t];
                continue;
            }
            double my = OscillatorBatch.mean(x, t, n), sxy = 0, sxx = 0;
            for (int i = 0; i < n; i++) {
                sxy += (i - mx) * (x[t - n + 1 + i] - my);
                sxx += (i - mx) * (i - mx);
            }
            out[t] = my + sxy / sxx * (n - 1 - mx);
        }
        return out;
    }

    /** Calendar period of an open time: UTC day, Monday week or month, via java.time. */
    public static long period(String anchor, long time) {
        java.time.ZonedDateTime z = java.time.Instant.ofEpochMilli(time).atZone(java.time.ZoneOffset.UTC);
        return switch (anchor) {
            case "D" -> Math.floorDiv(time, DAY);
            case "W" -> z.toLocalDate().with(java.time.DayOfWeek.MONDAY).toEpochDay();
            default -> z.getYear() * 12L + z.getMonthValue();
        };
    }

    public static double[] vwap(Bars b, String anchor) {
        double[] out = nans(b.size());
        for (int t = 0; t < b.size(); t++) {
            int from = t;
            while (from > 0 && period(anchor, b.openTime()[from - 1]) == period(anchor, b.openTime()[t])) from--;
            out[t] = vwapOver(b, from, t);
        }
        return out;
    }

    public static double vwapOver(Bars b, int from, int to) {
        double pv = 0, v = 0;
        for (int i = from; i <= to; i++) {
            pv += (b.high()[i] + b.low()[i] + b.close()[i]) / 3 * b.volume()[i];
            v += b.volume()[i];
        }
        return v == 0 ? Double.NaN : pv / v;
    }

    public static double[][] anchoredVwap(Bars b) {
        double[][] out = {nans(b.size()), new double[b.size()]};
        for (int t = 0; t < b.size(); t++) {
            out[0][t] = vwapOver(b, 0, t);
            out[1][t] = t + 1;
        }
        return out;
    }

    /** Extremes of the bars sharing bar t's day, of the latest earlier day, and of the latest earlier week. */
    public static double[][] sessionLevels(Bars b) {
        int n = b.size();
        double[][] out = {nans(n), nans(n), nans(n), nans(n), nans(n), nans(n)};
        for (int t = 0; t < n; t++) {
            double[] day = extremes(b, t, "D", 0), prevDay = extremes(b, t, "D", 1), prevWeek = extremes(b, t, "W", 1);
            out[0][t] = prevDay[0];
            out[1][t] = prevDay[1];
            out[2][t] = day[0];
            out[3][t] = day[1];
            out[4][t] = prevWeek[0];
            out[5][t] = prevWeek[1];
        }
        return out;
    }

    /** {high, low} of the periods-back-th distinct period before bar t's (0 = its own), bars up to t. */
    private static double[] extremes(Bars b, int t, String anchor, int periodsBack) {
        List<Long> seen = new ArrayList<>();
        double hi = Double.NaN, lo = Double.NaN;
        for (int i = t; i >= 0; i--) {
            long p = period(anchor, b.openTime()[i]);
            if (seen.isEmpty() || seen.get(seen.size() - 1).longValue() != p) seen.add(p);
            if (seen.size() - 1 > periodsBack) break;
            if (seen.size() - 1 == periodsBack) {
                hi = Double.isNaN(hi) ? b.high()[i] : Math.max(hi, b.high()[i]);
                lo = Double.isNaN(lo) ? b.low()[i] : Math.min(lo, b.low()[i]);
            }
        }
        return new double[] {hi, lo};
    }
}

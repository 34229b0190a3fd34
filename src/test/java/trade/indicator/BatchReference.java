package trade.indicator;

import java.util.Arrays;
import trade.core.Params;

/**
 * Whole-array recomputations of the indicators, written from the formulas of indicators.md §2/§4
 * with plain loops and windows re-summed from scratch at every bar (no running state shared with
 * the incremental classes). {@code out[k][t]} is output k after bar t; NaN where not available.
 */
final class BatchReference {
    private BatchReference() {}

    static double[][] compute(String name, Params p, Bars b) {
        return switch (name) {
            case "ema" -> new double[][] {ema(b.close(), p.integer("length"))};
            case "sma" -> new double[][] {sma(b.close(), p.integer("length"))};
            case "rsi" -> new double[][] {rsi(b.close(), p.integer("length"))};
            case "atr" -> new double[][] {atr(b, p.integer("length"))};
            case "bbands" -> bbands(b.close(), p.integer("length"), p.number("std"));
            default -> throw new IllegalArgumentException("no batch reference for " + name);
        };
    }

    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** SMA of the first n values, then a*x + (1-a)*prev with a = 2/(n+1). */
    static double[] ema(double[] x, int n) {
        double[] out = nans(x.length);
        if (x.length < n) return out;
        double seed = 0;
        for (int i = 0; i < n; i++) seed += x[i];
        out[n - 1] = seed / n;
        double a = 2.0 / (n + 1);
        for (int t = n; t < x.length; t++) out[t] = a * x[t] + (1 - a) * out[t - 1];
        return out;
    }

    static double[] sma(double[] x, int n) {
        double[] out = nans(x.length);
        for (int t = n - 1; t < x.length; t++) {
            double s = 0;
            for (int i = t - n + 1; i <= t; i++) s += x[i];
            out[t] = s / n;
        }
        return out;
    }

    /** Wilder averages of gains/losses seeded by the first change; value from t = n. */
    static double[] rsi(double[] x, int n) {
        double[] out = nans(x.length);
        double ag = 0, al = 0;
        for (int t = 1; t < x.length; t++) {
            double g = Math.max(0, x[t] - x[t - 1]);
            double l = Math.max(0, x[t - 1] - x[t]);
            if (t == 1) {
                ag = g;
                al = l;
            } else {
                ag = (1.0 / n) * g + (1 - 1.0 / n) * ag;
                al = (1.0 / n) * l + (1 - 1.0 / n) * al;
            }
            if (t >= n) out[t] = ag + al == 0 ? 50 : 100 * ag / (ag + al);
        }
        return out;
    }

    static double[] trueRange(Bars b) {
        double[] tr = new double[b.size()];
        for (int t = 0; t < b.size(); t++) {
            double hl = b.high()[t] - b.low()[t];
            tr[t] = t == 0 ? hl : Math.max(hl, Math.max(Math.abs(b.high()[t] - b.close()[t - 1]),
                    Math.abs(b.low()[t] - b.close()[t - 1])));
        }
        return tr;
    }

    /** Mean of the first n true ranges at t = n-1, then Wilder smoothing. */
    static double[] atr(Bars b, int n) {
        double[] tr = trueRange(b);
        double[] out = nans(b.size());
        if (b.size() < n) return out;
        double seed = 0;
        for (int i = 0; i < n; i++) seed += tr[i];
        out[n - 1] = seed / n;
        for (int t = n; t < b.size(); t++) out[t] = (1.0 / n) * tr[t] + (1 - 1.0 / n) * out[t - 1];
        return out;
    }

    static double[][] bbands(double[] x, int n, double k) {
        double[][] out = {nans(x.length), nans(x.length), nans(x.length), nans(x.length), nans(x.length)};
        for (int t = n - 1; t < x.length; t++) {
            double s = 0, ss = 0;
            for (int i = t - n + 1; i <= t; i++) {
                s += x[i];
                ss += x[i] * x[i];
            }
            double mean = s / n;
            double var = Math.max(0, (ss - n * mean * mean) / (n - 1));
            double sd = Math.sqrt(var);
            double upper = mean + k * sd, lower = mean - k * sd;
            out[0][t] = lower;
            out[1][t] = mean;
            out[2][t] = upper;
            out[3][t] = mean == 0 ? Double.NaN : (upper - lower) / mean * 100;
            out[4][t] = upper == lower ? 0.5 : (x[t] - lower) / (upper - lower);
        }
        return out;
    }
}

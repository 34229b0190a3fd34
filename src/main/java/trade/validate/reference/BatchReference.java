package trade.validate.reference;

import java.util.Arrays;
import trade.core.Params;

/**
 * Whole-array recomputations of the indicators, written from the formulas of indicators.md §2/§4
 * with plain loops and windows re-summed from scratch at every bar (no running state shared with
 * the incremental classes). {@code out[k][t]} is output k after bar t; NaN where not available.
 */
public final class BatchReference {
    private BatchReference() {}

    public static double[][] compute(String name, Params p, Bars b) {
        return switch (name) {
            case "ema" -> new double[][] {ema(b.close(), p.integer("length"))};
            case "sma" -> new double[][] {sma(b.close(), p.integer("length"))};
            case "rsi" -> new double[][] {rsi(b.close(), p.integer("length"))};
            case "atr" -> new double[][] {atr(b, p.integer("length"))};
            case "bbands" -> bbands(b.close(), p.integer("length"), p.number("std"));
            case "wma" -> new double[][] {wma(b.close(), p.integer("length"))};
            case "natr" -> new double[][] {natr(b, p.integer("length"))};
            case "roc" -> new double[][] {change(b.close(), p.integer("length"), true)};
            case "mom" -> new double[][] {change(b.close(), p.integer("length"), false)};
            case "obv" -> new double[][] {obv(b.close(), b.volume())};
            case "ohlc4" -> new double[][] {ohlc4(b)};
            case "macd" -> macd(b.close(), p.integer("fast"), p.integer("slow"), p.integer("signal"));
            case "willr" -> new double[][] {willr(b, p.integer("length"))};
            case "cci" -> new double[][] {cci(b, p.integer("length"))};
            case "midprice" -> new double[][] {midprice(b, p.integer("length"))};
            case "dema" -> new double[][] {layered(b.close(), p.integer("length"), false)};
            case "tema" -> new double[][] {layered(b.close(), p.integer("length"), true)};
            case "trima" -> new double[][] {trima(b.close(), p.integer("length"))};
            case "kc" -> kc(b, p.integer("length"), p.number("scalar"));
            case "donchian" -> donchian(b, p.integer("lower_length"), p.integer("upper_length"));
            case "cmo" -> new double[][] {cmo(b.close(), p.integer("length"))};
            case "cmf" -> new double[][] {cmf(b, p.integer("length"))};
            case "ppo" -> ppo(b.close(), p.integer("fast"), p.integer("slow"), p.integer("signal"));
            case "mfi" -> new double[][] {mfi(b, p.integer("length"))};
            default -> OscillatorBatch.compute(name, p, b);
        };
    }

    public static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** SMA of the first n values, then a*x + (1-a)*prev with a = 2/(n+1). */
    public static double[] ema(double[] x, int n) {
        double[] out = nans(x.length);
        if (x.length < n) return out;
        double seed = 0;
        for (int i = 0; i < n; i++) seed += x[i];
        out[n - 1] = seed / n;
        double a = 2.0 / (n + 1);
        for (int t = n; t < x.length; t++) out[t] = a * x[t] + (1 - a) * out[t - 1];
        return out;
    }

    public static double[] sma(double[] x, int n) {
        double[] out = nans(x.length);
        for (int t = n - 1; t < x.length; t++) {
            double s = 0;
            for (int i = t - n + 1; i <= t; i++) s += x[i];
            out[t] = s / n;
        }
        return out;
    }

    /** Wilder averages of gains/losses seeded by the first change; value from t = n. */
    public static double[] rsi(double[] x, int n) {
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

    public static double[] trueRange(Bars b) {
        double[] tr = new double[b.size()];
        for (int t = 0; t < b.size(); t++) {
            double hl = b.high()[t] - b.low()[t];
            tr[t] = t == 0 ? hl : Math.max(hl, Math.max(Math.abs(b.high()[t] - b.close()[t - 1]),
                    Math.abs(b.low()[t] - b.close()[t - 1])));
        }
        return tr;
    }

    /** Mean of the first n true ranges at t = n-1, then Wilder smoothing. */
    public static double[] atr(Bars b, int n) {
        double[] tr = trueRange(b);
        double[] out = nans(b.size());
        if (b.size() < n) return out;
        double seed = 0;
        for (int i = 0; i < n; i++) seed += tr[i];
        out[n - 1] = seed / n;
        for (int t = n; t < b.size(); t++) out[t] = (1.0 / n) * tr[t] + (1 - 1.0 / n) * out[t - 1];
        return out;
    }

    public static double[][] bbands(double[] x, int n, double k) {
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

    public static double[] wma(double[] x, int n) {
        double[] out = nans(x.length);
        double divisor = n * (n + 1) / 2.0;
        for (int t = n - 1; t < x.length; t++) {
            double s = 0;
            for (int j = 1; j <= n; j++) s += j * x[t - n + j];
            out[t] = s / divisor;
        }
        return out;
    }

    /** EMA (SMA seed) of the true range, as a percentage of the close. */
    public static double[] natr(Bars b, int n) {
        double[] e = ema(trueRange(b), n);
        double[] out = nans(b.size());
        for (int t = 0; t < b.size(); t++) {
            if (!Double.isNaN(e[t])) out[t] = b.close()[t] == 0 ? Double.NaN : (100 / b.close()[t]) * e[t];
        }
        return out;
    }

    public static double[] change(double[] x, int n, boolean percent) {
        double[] out = nans(x.length);
        for (int t = n; t < x.length; t++) {
            double then = x[t - n];
            out[t] = !percent ? x[t] - then : then == 0 ? Double.NaN : (x[t] - then) / then * 100;
        }
        return out;
    }

    public static double[] obv(double[] x, double[] volume) {
        double[] out = nans(x.length);
        for (int t = 1; t < x.length; t++) {
            double signed = Math.signum(x[t] - x[t - 1]) * volume[t];
            if (x[t] == x[t - 1]) signed = 0;
            out[t] = t == 1 ? signed : out[t - 1] + signed;
        }
        return out;
    }

    public static double[] ohlc4(Bars b) {
        double[] out = new double[b.size()];
        for (int t = 0; t < b.size(); t++) out[t] = (b.open()[t] + b.high()[t] + b.low()[t] + b.close()[t]) / 4;
        return out;
    }

    /** macd from t = max(fast, slow)-1; signal = SMA-seeded EMA over the macd values from there. */
    public static double[][] macd(double[] x, int fast, int slow, int signal) {
        double[] f = ema(x, fast), s = ema(x, slow);
        double[] macd = nans(x.length), sig = nans(x.length), hist = nans(x.length);
        int start = Math.max(fast, slow) - 1;
        for (int t = start; t < x.length; t++) macd[t] = f[t] - s[t];
        if (start < x.length) {
            double[] emaOfMacd = ema(java.util.Arrays.copyOfRange(macd, start, x.length), signal);
            for (int t = start; t < x.length; t++) {
                sig[t] = emaOfMacd[t - start];
                if (!Double.isNaN(sig[t])) hist[t] = macd[t] - sig[t];
            }
        }
        return new double[][] {macd, sig, hist};
    }

    public static double[] willr(Bars b, int n) {
        double[] out = nans(b.size());
        for (int t = n - 1; t < b.size(); t++) {
            double hh = highest(b.high(), t, n), ll = lowest(b.low(), t, n);
            out[t] = hh == ll ? -50 : (hh - b.close()[t]) / (hh - ll) * -100;
        }
        return out;
    }

    public static double[] midprice(Bars b, int n) {
        double[] out = nans(b.size());
        for (int t = n - 1; t < b.size(); t++) out[t] = (highest(b.high(), t, n) + lowest(b.low(), t, n)) / 2;
        return out;
    }

    public static double highest(double[] a, int t, int n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = t - n + 1; i <= t; i++) m = Math.max(m, a[i]);
        return m;
    }

    public static double lowest(double[] a, int t, int n) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = t - n + 1; i <= t; i++) m = Math.min(m, a[i]);
        return m;
    }

    /**
     * The spec defines CCI's window sum as a running sum (add the new typical price, then subtract
     * the evicted one, never re-summed), so that is what this computes; in a flat window the
     * rounding left in that sum decides the sign, exactly as in the original.
     */
    public static double[] cci(Bars b, int n) {
        double[] tp = new double[b.size()];
        for (int t = 0; t < b.size(); t++) tp[t] = (b.high()[t] + b.low()[t] + b.close()[t]) / 3;
        double[] out = nans(b.size());
        double running = 0;
        for (int t = 0; t < b.size(); t++) {
            running += tp[t];
            if (t >= n) running -= tp[t - n];
            if (t < n - 1) continue;
            double mean = running / n;
            double dev = 0;
            for (int i = t - n + 1; i <= t; i++) dev += Math.abs(tp[i] - mean);
            double md = dev / n;
            out[t] = md == 0 ? 0 : (tp[t] - mean) / (0.015 * md);
        }
        return out;
    }

    /** E1 = SMA-seeded EMA; E2 (and E3) = EMAs of the layer above, seeded by its first value. */
    public static double[] layered(double[] x, int n, boolean triple) {
        double[] e1 = ema(x, n);
        double[] out = nans(x.length);
        double a = 2.0 / (n + 1);
        double e2 = Double.NaN, e3 = Double.NaN;
        for (int t = n - 1; t < x.length; t++) {
            e2 = t == n - 1 ? e1[t] : a * e1[t] + (1 - a) * e2;
            e3 = t == n - 1 ? e2 : a * e2 + (1 - a) * e3;
            out[t] = triple ? 3 * e1[t] - 3 * e2 + e3 : 2 * e1[t] - e2;
        }
        return out;
    }

    /** SMA over h of the SMA over h, h = (n+1)/2 rounded half to even. */
    public static double[] trima(double[] x, int n) {
        int h = (int) Math.rint(0.5 * (n + 1));
        double[] first = sma(x, h);
        double[] out = nans(x.length);
        if (x.length < h) return out;
        double[] second = sma(java.util.Arrays.copyOfRange(first, h - 1, x.length), h);
        System.arraycopy(second, 0, out, h - 1, second.length);
        return out;
    }

    public static double[][] kc(Bars b, int n, double scalar) {
        double[] basis = ema(b.close(), n), band = ema(trueRange(b), n);
        double[][] out = {nans(b.size()), nans(b.size()), nans(b.size())};
        for (int t = n - 1; t < b.size(); t++) {
            out[0][t] = basis[t] - scalar * band[t];
            out[1][t] = basis[t];
            out[2][t] = basis[t] + scalar * band[t];
        }
        return out;
    }

    public static double[][] donchian(Bars b, int lowerLength, int upperLength) {
        double[][] out = {nans(b.size()), nans(b.size()), nans(b.size())};
        for (int t = Math.max(lowerLength, upperLength) - 1; t < b.size(); t++) {
            double lo = lowest(b.low(), t, lowerLength), hi = highest(b.high(), t, upperLength);
            out[0][t] = lo;
            out[1][t] = (hi + lo) / 2;
            out[2][t] = hi;
        }
        return out;
    }

    /** Running sums of gains and losses as the spec defines them (add new, subtract evicted). */
    public static double[] cmo(double[] x, int n) {
        double[] out = nans(x.length);
        double up = 0, down = 0;
        for (int t = 1; t < x.length; t++) {
            up += Math.max(0, x[t] - x[t - 1]);
            down += Math.max(0, -(x[t] - x[t - 1]));
            if (t > n) {
                up -= Math.max(0, x[t - n] - x[t - n - 1]);
                down -= Math.max(0, -(x[t - n] - x[t - n - 1]));
            }
            if (t >= n) out[t] = up + down == 0 ? 0 : ((up - down) / (up + down)) * 100;
        }
        return out;
    }

    public static double[] cmf(Bars b, int n) {
        double[] mfv = new double[b.size()];
        for (int t = 0; t < b.size(); t++) {
            double h = b.high()[t], l = b.low()[t], c = b.close()[t];
            mfv[t] = h == l ? 0 : ((c - l) - (h - c)) / (h - l) * b.volume()[t];
        }
        double[] out = nans(b.size());
        for (int t = n - 1; t < b.size(); t++) {
            double flow = 0, volume = 0;
            for (int i = t - n + 1; i <= t; i++) {
                flow += mfv[i];
                volume += b.volume()[i];
            }
            out[t] = volume == 0 ? 0 : flow / volume;
        }
        return out;
    }

    /** (F - S)/S*100 of simple MAs; bars with S == 0 hold the previous outputs; signal seeded by the first ppo. */
    public static double[][] ppo(double[] x, int fast, int slow, int signal) {
        double[] f = sma(x, fast), s = sma(x, slow);
        double[][] out = {nans(x.length), nans(x.length), nans(x.length)};
        double a = 2.0 / (signal + 1);
        double ppo = Double.NaN, hist = Double.NaN, sig = Double.NaN;
        for (int t = 0; t < x.length; t++) {
            if (!Double.isNaN(f[t]) && !Double.isNaN(s[t]) && s[t] != 0) {
                ppo = (f[t] - s[t]) / s[t] * 100;
                sig = Double.isNaN(sig) ? ppo : a * ppo + (1 - a) * sig;
                hist = ppo - sig;
            }
            out[0][t] = ppo;
            out[1][t] = hist;
            out[2][t] = sig;
        }
        return out;
    }

    /** Running sums of positive/negative raw flow as the spec defines them (add new, subtract evicted). */
    public static double[] mfi(Bars b, int n) {
        int size = b.size();
        double[] pos = new double[size], neg = new double[size];
        for (int t = 1; t < size; t++) {
            double tp = (b.high()[t] + b.low()[t] + b.close()[t]) / 3;
            double before = (b.high()[t - 1] + b.low()[t - 1] + b.close()[t - 1]) / 3;
            pos[t] = tp > before ? tp * b.volume()[t] : 0;
            neg[t] = tp < before ? tp * b.volume()[t] : 0;
        }
        double[] out = nans(size);
        double p = 0, q = 0;
        for (int t = 1; t < size; t++) {
            p += pos[t];
            q += neg[t];
            if (t > n) {
                p -= pos[t - n];
                q -= neg[t - n];
            }
            if (t >= n) out[t] = q == 0 ? (p > 0 ? 100 : 50) : 1 + p / q == 0 ? Double.NaN : 100 - 100 / (1 + p / q);
        }
        return out;
    }
}

package trade.validate.reference;

import static trade.validate.reference.BatchReference.nans;

import trade.core.Params;

/** {@link BatchReference} for the oscillators added with the full catalog: plain loops from the spec's formulas. */
public final class OscillatorBatch {
    private OscillatorBatch() {}

    public static double[][] compute(String name, Params p, Bars b) {
        return switch (name) {
            case "uo" -> new double[][] {uo(b, p.integer("fast"), p.integer("medium"), p.integer("slow"))};
            case "stoch" -> stoch(b, p.integer("k"), p.integer("smooth_k"), p.integer("d"));
            case "stochrsi" -> stochrsi(b.close(), p.integer("length"), p.integer("rsi_length"), p.integer("k"), p.integer("d"));
            case "fisher" -> fisher(b, p.integer("length"));
            case "tsi" -> tsi(b.close(), p.integer("fast"), p.integer("slow"), p.integer("signal"));
            case "kvo" -> kvo(b, p.integer("fast"), p.integer("slow"), p.integer("signal"));
            case "trix" -> trix(b.close(), p.integer("length"), p.integer("signal"));
            default -> TrendBatch.compute(name, p, b);
        };
    }

    /** Window sums taken afresh at every bar over the last min(K, slow) pairs, pairs from t = 1. */
    public static double[] uo(Bars b, int fast, int medium, int slow) {
        int n = b.size();
        double[] bp = new double[n], tr = new double[n];
        for (int t = 1; t < n; t++) {
            double pc = b.close()[t - 1];
            bp[t] = b.close()[t] - Math.min(b.low()[t], pc);
            tr[t] = Math.max(b.high()[t], pc) - Math.min(b.low()[t], pc);
        }
        double[] out = nans(n);
        for (int t = slow; t < n; t++) {
            double[] avg = new double[3];
            int[] lengths = {fast, medium, slow};
            for (int i = 0; i < 3; i++) {
                int len = Math.min(lengths[i], slow);
                double sbp = 0, str = 0;
                for (int j = t - len + 1; j <= t; j++) {
                    sbp += bp[j];
                    str += tr[j];
                }
                avg[i] = str == 0 ? 0 : sbp / str;
            }
            out[t] = 100 * (4 * avg[0] + 2 * avg[1] + avg[2]) / 7;
        }
        return out;
    }

    /** K = mean of the last smoothK raw values, D = mean of the last d Ks; both from the first D. */
    public static double[][] smoothStochastic(double[] raw, int smoothK, int d) {
        int n = raw.length;
        double[] k = nans(n);
        double[][] out = {nans(n), nans(n)};
        for (int t = 0; t < n; t++) {
            k[t] = mean(raw, t, smoothK);
            double dd = mean(k, t, d);
            if (!Double.isNaN(dd)) {
                out[0][t] = k[t];
                out[1][t] = dd;
            }
        }
        return out;
    }

    /** Mean of a[t-len+1..t], NaN when any is missing or the index runs off the start. */
    public static double mean(double[] a, int t, int len) {
        if (t - len + 1 < 0) return Double.NaN;
        double s = 0;
        for (int i = t - len + 1; i <= t; i++) s += a[i];
        return s / len;
    }

    public static double percentK(double x, double lo, double hi) { return hi == lo ? 50 : (x - lo) / (hi - lo) * 100; }

    public static double[][] stoch(Bars b, int k, int smoothK, int d) {
        double[] raw = nans(b.size());
        for (int t = k - 1; t < b.size(); t++) {
            raw[t] = percentK(b.close()[t], BatchReference.lowest(b.low(), t, k), BatchReference.highest(b.high(), t, k));
        }
        return smoothStochastic(raw, smoothK, d);
    }

    public static double[][] stochrsi(double[] x, int length, int rsiLength, int k, int d) {
        double[] rsi = BatchReference.rsi(x, rsiLength);
        double[] raw = nans(x.length);
        for (int t = rsiLength + length - 1; t < x.length; t++) {
            raw[t] = percentK(rsi[t], BatchReference.lowest(rsi, t, length), BatchReference.highest(rsi, t, length));
        }
        return smoothStochastic(raw, k, d);
    }

    public static double[][] fisher(Bars b, int length) {
        int n = b.size();
        double[] hl2 = new double[n];
        for (int t = 0; t < n; t++) hl2[t] = (b.high()[t] + b.low()[t]) / 2;
        double[][] out = {nans(n), nans(n)};
        double v = 0, previous = 0;
        for (int t = length; t < n; t++) {
            double hi = BatchReference.highest(hl2, t, length), lo = BatchReference.lowest(hl2, t, length);
            double r = Math.max(hi - lo, 0.001);
            v = 0.66 * ((hl2[t] - lo) / r - 0.5) + 0.67 * v;
            v = v < -0.99 ? -0.999 : v > 0.99 ? 0.999 : v;
            double f = 0.5 * (Math.log((1 + v) / (1 - v)) + previous);
            out[0][t] = f;
            out[1][t] = previous;
            previous = f;
        }
        return out;
    }

    public static double[][] tsi(double[] x, int fast, int slow, int signal) {
        int n = x.length;
        double[][] out = {nans(n), nans(n)};
        double as = 2.0 / (slow + 1), af = 2.0 / (fast + 1), ag = 2.0 / (signal + 1);
        double pcs = 0, apcs = 0, pcf = 0, apcf = 0, tsi = Double.NaN, sig = Double.NaN;
        for (int t = slow - 1; t < n; t++) {
            double pc = x[t] - x[t - 1];
            if (t == slow - 1) {
                for (int i = 1; i <= t; i++) {
                    pcs += x[i] - x[i - 1];
                    apcs += Math.abs(x[i] - x[i - 1]);
                }
                pcs /= slow - 1;
                apcs /= slow - 1;
                pcf = pcs;
                apcf = apcs;
            } else {
                pcs = as * pc + (1 - as) * pcs;
                apcs = as * Math.abs(pc) + (1 - as) * apcs;
                pcf = af * pcs + (1 - af) * pcf;
                apcf = af * apcs + (1 - af) * apcf;
            }
            if (apcf != 0) {
                tsi = pcf / apcf * 100;
                sig = Double.isNaN(sig) ? tsi : ag * tsi + (1 - ag) * sig;
            }
            out[0][t] = tsi;
            out[1][t] = sig;
        }
        return out;
    }

    public static double[][] kvo(Bars b, int fast, int slow, int signal) {
        int n = b.size();
        double[][] out = {nans(n), nans(n)};
        if (n < 2) return out;
        double[] force = new double[n - 1];
        for (int t = 1; t < n; t++) {
            double now = (b.high()[t] + b.low()[t] + b.close()[t]) / 3;
            double before = (b.high()[t - 1] + b.low()[t - 1] + b.close()[t - 1]) / 3;
            force[t - 1] = now > before ? b.volume()[t] : now < before ? -b.volume()[t] : 0;
        }
        double[] f = BatchReference.ema(force, fast), s = BatchReference.ema(force, slow);
        int start = Math.max(fast, slow) - 1;
        if (start >= force.length) return out;
        double[] kvo = new double[force.length - start];
        for (int i = start; i < force.length; i++) kvo[i - start] = f[i] - s[i];
        double[] sig = BatchReference.ema(kvo, signal);
        for (int i = 0; i < kvo.length; i++) {
            out[0][start + i + 1] = kvo[i];
            out[1][start + i + 1] = sig[i];
        }
        return out;
    }

    public static double[][] trix(double[] x, int length, int signal) {
        int n = x.length;
        double[] e1 = BatchReference.ema(x, length);
        double[] e3 = nans(n);
        double a = 2.0 / (length + 1), e2 = Double.NaN;
        for (int t = length - 1; t < n; t++) {
            e2 = t == length - 1 ? e1[t] : a * e1[t] + (1 - a) * e2;
            e3[t] = t == length - 1 ? e2 : a * e2 + (1 - a) * e3[t - 1];
        }
        double[] changes = nans(n);
        double[][] out = {nans(n), nans(n)};
        double trix = Double.NaN;
        int count = 0;
        for (int t = length; t < n; t++) {
            if (e3[t - 1] != 0) {
                trix = (e3[t] - e3[t - 1]) / e3[t - 1] * 100;
                changes[count++] = trix;
            }
            out[0][t] = trix;
            out[1][t] = count >= signal ? mean(changes, count - 1, signal) : Double.NaN;
        }
        return out;
    }
}

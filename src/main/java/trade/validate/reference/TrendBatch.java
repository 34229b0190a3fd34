package trade.validate.reference;

import static trade.validate.reference.BatchReference.nans;

import trade.core.Params;

/** {@link BatchReference} for the trend and volatility kinds added with the full catalog. */
public final class TrendBatch {
    private TrendBatch() {}

    public static double[][] compute(String name, Params p, Bars b) {
        return switch (name) {
            case "adx" -> adx(b, p.integer("length"));
            case "dm" -> dm(b, p.integer("length"));
            case "aroon" -> aroon(b, p.integer("length"));
            case "supertrend" -> supertrend(b, p.integer("length"), p.number("multiplier"));
            case "psar" -> psar(b, p.number("af0"), p.number("max_af"));
            case "vortex" -> vortex(b, p.integer("length"));
            case "squeeze" -> squeeze(b, p.integer("bb_length"), p.number("bb_std"), p.integer("kc_length"), p.number("kc_scalar"));
            default -> AverageBatch.compute(name, p, b);
        };
    }

    /** Wilder-smoothed +DM and −DM from t = 1 (seeded by the first movement). */
    public static double[][] dm(Bars b, int n) {
        int size = b.size();
        double[][] out = {nans(size), nans(size)};
        for (int t = 1; t < size; t++) {
            double up = b.high()[t] - b.high()[t - 1], down = b.low()[t - 1] - b.low()[t];
            double plus = up > down && up > 0 ? up : 0, minus = down > up && down > 0 ? down : 0;
            out[0][t] = t == 1 ? plus : (1.0 / n) * plus + (1 - 1.0 / n) * out[0][t - 1];
            out[1][t] = t == 1 ? minus : (1.0 / n) * minus + (1 - 1.0 / n) * out[1][t - 1];
        }
        return out;
    }

    public static double[][] adx(Bars b, int n) {
        int size = b.size();
        double[] tr = BatchReference.trueRange(b);
        double[][] dm = dm(b, n);
        double[][] out = {nans(size), nans(size), nans(size), nans(size)};
        double atr = Double.NaN, adx = Double.NaN;
        double[] history = nans(size);
        int dxCount = 0;
        for (int t = n - 1; t < size; t++) {
            if (t == n - 1) {
                double s = 0;
                for (int i = 1; i <= t; i++) s += tr[i];
                atr = s / (n - 1);
            } else {
                atr = (1.0 / n) * tr[t] + (1 - 1.0 / n) * atr;
            }
            if (!(atr > 0)) {
                if (dxCount > 0) {
                    out[0][t] = adx;
                    out[3][t] = out[3][t - 1];
                }
                continue;
            }
            double pdi = dm[0][t] / atr * 100, mdi = dm[1][t] / atr * 100;
            double dx = pdi + mdi > 0 ? Math.abs(pdi - mdi) / (pdi + mdi) * 100 : 0;
            adx = dxCount == 0 ? dx : (1.0 / n) * dx + (1 - 1.0 / n) * adx;
            history[dxCount++] = adx;
            out[0][t] = adx;
            out[1][t] = pdi;
            out[2][t] = mdi;
            out[3][t] = dxCount >= n ? (adx + history[dxCount - n]) / 2 : Double.NaN;
        }
        return out;
    }

    /** Most recent bar holding the window's extreme, window = current + previous n bars. */
    public static double[][] aroon(Bars b, int n) {
        int size = b.size();
        double[][] out = {nans(size), nans(size), nans(size)};
        for (int t = n; t < size; t++) {
            int hi = t, lo = t;
            for (int i = t; i >= t - n; i--) {
                if (b.high()[i] > b.high()[hi]) hi = i;
                if (b.low()[i] < b.low()[lo]) lo = i;
            }
            out[0][t] = (n - (t - hi)) / (double) n * 100;
            out[1][t] = (n - (t - lo)) / (double) n * 100;
            out[2][t] = out[0][t] - out[1][t];
        }
        return out;
    }

    public static double[][] supertrend(Bars b, int n, double m) {
        int size = b.size();
        double[] atr = BatchReference.atr(b, n);
        double[][] out = {nans(size), new double[size], nans(size), nans(size)};
        double upper = 0, lower = 0;
        int dir = 0;
        for (int t = n - 1; t < size; t++) {
            double hl2 = (b.high()[t] + b.low()[t]) / 2, bu = hl2 + m * atr[t], bl = hl2 - m * atr[t];
            double c = b.close()[t];
            if (dir == 0) {
                dir = 1;
                upper = bu;
                lower = bl;
            } else {
                boolean breakout = c > upper || c < lower;
                dir = c > upper ? 1 : c < lower ? -1 : dir;
                upper = !breakout && dir < 0 ? Math.min(bu, upper) : bu;
                lower = !breakout && dir > 0 ? Math.max(bl, lower) : bl;
            }
            out[0][t] = dir > 0 ? lower : upper;
            out[1][t] = dir;
            if (dir > 0) out[2][t] = lower;
            else out[3][t] = upper;
        }
        return out;
    }

    public static double[][] psar(Bars b, double step, double max) {
        int size = b.size();
        double[][] out = {nans(size), nans(size), nans(size), new double[size]};
        if (size < 2) return out;
        boolean falling = b.high()[1] < b.high()[0] && b.low()[1] < b.low()[0];
        double sar = b.close()[0], ep = falling ? b.low()[0] : b.high()[0], af = step;
        for (int t = 1; t < size; t++) {
            double h = b.high()[t], l = b.low()[t];
            double next = sar + af * (ep - sar);
            boolean flip = falling ? h > next : l < next;
            if (falling ? l < ep : h > ep) {
                ep = falling ? l : h;
                af = Math.min(af + step, max);
            }
            next = falling ? Math.max(b.high()[t - 1], next) : Math.min(b.low()[t - 1], next);
            if (flip) {
                next = ep;
                af = step;
                falling = !falling;
                ep = falling ? l : h;
            }
            sar = next;
            out[falling ? 1 : 0][t] = sar;
            out[2][t] = af;
            out[3][t] = flip ? 1 : 0;
        }
        return out;
    }

    public static double[][] vortex(Bars b, int n) {
        int size = b.size();
        double[] tr = BatchReference.trueRange(b);
        double[][] out = {nans(size), nans(size)};
        for (int t = n - 1; t < size; t++) {
            double plus = 0, minus = 0, range = 0;
            for (int i = t - n + 1; i <= t; i++) {
                if (i > 0) {
                    plus += Math.abs(b.high()[i] - b.low()[i - 1]);
                    minus += Math.abs(b.low()[i] - b.high()[i - 1]);
                }
                range += tr[i];
            }
            out[0][t] = range == 0 ? 0 : plus / range;
            out[1][t] = range == 0 ? 0 : minus / range;
        }
        return out;
    }

    public static double[][] squeeze(Bars b, int bbLength, double bbStd, int kcLength, double kcScalar) {
        int size = b.size();
        double[][] bb = BatchReference.bbands(b.close(), bbLength, bbStd), kc = BatchReference.kc(b, kcLength, kcScalar);
        double[] mom = BatchReference.change(b.close(), 12, false);
        double[][] out = {nans(size), new double[size], new double[size], new double[size]};
        for (int t = 0; t < size; t++) {
            out[0][t] = OscillatorBatch.mean(mom, t, 6);
            if (Double.isNaN(out[0][t]) || Double.isNaN(bb[0][t]) || Double.isNaN(kc[0][t])) continue;
            boolean on = bb[0][t] > kc[0][t] && bb[2][t] < kc[2][t];
            boolean off = bb[0][t] < kc[0][t] && bb[2][t] > kc[2][t];
            out[on ? 1 : off ? 2 : 3][t] = 1;
        }
        return out;
    }
}

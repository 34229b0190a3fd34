package trade.validate.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch swing reference written from structures.md §3.1 without the detector's ring buffers:
 * at each bar the whole window around the candidate is scanned directly in the input arrays, and
 * every accepted pivot is kept in a list. Produces the 24 outputs in catalog order for every bar.
 */
public final class SwingReference {
    public record Options(int left, int right, boolean zigzag, double majorThreshold, double minAtrMove,
                   double minPctMove, boolean strictAlternation, double atrMultiplier) {
        public static Options fractal(int left, int right) { return new Options(left, right, false, 1.5, 0, 0, false, 2.0); }
    }

    private record Pivot(boolean high, double level, int idx) {}

    public static double[][] run(Bars s, double[] atr, Options o) {
        int n = s.size();
        double[][] out = new double[24][n];
        List<Pivot> accepted = new ArrayList<>();
        double hl = Double.NaN, ll = Double.NaN, hs = Double.NaN, ls = Double.NaN;
        int hi = -1, li = -1, version = 0, hv = 0, lv = 0, lastIdx = -1, lastType = 0;
        boolean hMajor = false, lMajor = false;
        Pivot gateLast = null;
        // pairing
        Pivot pending = null;
        double phl = Double.NaN, pll = Double.NaN;
        int phi = -1, pli = -1, pdir = 0, pver = 0;
        // zigzag
        boolean started = false;
        int dir = 0, extIdx = -1;
        double ext = Double.NaN;
        for (int t = 0; t < n; t++) {
            double a = atr == null || !Double.isFinite(atr[t]) ? Double.NaN : atr[t];
            List<Pivot> candidates = new ArrayList<>();
            if (!o.zigzag()) {
                int w = o.left() + o.right() + 1;
                if (t >= w - 1) {
                    int p = t - o.right();
                    boolean isHigh = true, isLow = true;
                    for (int j = t - w + 1; j <= t; j++) {
                        if (j == p) continue;
                        isHigh &= s.high()[j] < s.high()[p];
                        isLow &= s.low()[j] > s.low()[p];
                    }
                    if (isHigh) candidates.add(new Pivot(true, s.high()[p], p));
                    if (isLow) candidates.add(new Pivot(false, s.low()[p], p));
                }
            } else if (!Double.isNaN(a) && a > 0) {
                double thr = a * o.atrMultiplier();
                if (!started) { started = true; dir = 1; ext = s.high()[t]; extIdx = t; }
                else if (dir == 1) {
                    if (s.high()[t] > ext) { ext = s.high()[t]; extIdx = t; }
                    if (s.low()[t] < ext - thr) { candidates.add(new Pivot(true, ext, extIdx)); dir = -1; ext = s.low()[t]; extIdx = t; }
                } else {
                    if (s.low()[t] < ext) { ext = s.low()[t]; extIdx = t; }
                    if (s.high()[t] > ext + thr) { candidates.add(new Pivot(false, ext, extIdx)); dir = 1; ext = s.high()[t]; extIdx = t; }
                }
            }
            boolean hAcc = false, lAcc = false, hRep = false, lRep = false;
            for (Pivot c : candidates) {
                double prev = Double.NaN;
                for (Pivot q : accepted) if (q.high() == c.high()) prev = q.level();
                if (!Double.isNaN(prev) && (o.minAtrMove() > 0 || o.minPctMove() > 0)) {
                    double move = Math.abs(c.level() - prev);
                    if (o.minAtrMove() > 0 && a > 0 && move < a * o.minAtrMove()) continue;
                    if (o.minPctMove() > 0 && prev != 0 && move / prev * 100 < o.minPctMove()) continue;
                }
                boolean replaced = false;
                if (o.strictAlternation()) {
                    if (gateLast != null && gateLast.high() == c.high()) {
                        if (c.high() ? !(c.level() > gateLast.level()) : !(c.level() < gateLast.level())) continue;
                        replaced = true;
                    }
                    gateLast = c;
                }
                double sig = Double.isNaN(a) || a <= 0 || Double.isNaN(prev) ? Double.NaN : Math.abs(c.level() - prev) / a;
                accepted.add(c);
                version++;
                lastIdx = c.idx();
                lastType = c.high() ? 1 : 2;
                if (c.high()) { hl = c.level(); hi = c.idx(); hv++; hs = sig; hMajor = sig >= o.majorThreshold(); hAcc = true; hRep = replaced; }
                else { ll = c.level(); li = c.idx(); lv++; ls = sig; lMajor = sig >= o.majorThreshold(); lAcc = true; lRep = replaced; }
                Pivot now = c.high() ? new Pivot(true, hl, hi) : new Pivot(false, ll, li);
                if (pending != null && pending.high() != now.high()) {
                    Pivot h = now.high() ? now : pending, l = now.high() ? pending : now;
                    phl = h.level(); phi = h.idx(); pll = l.level(); pli = l.idx();
                    pdir = now.high() ? 1 : 2;
                    pver++;
                }
                pending = now;
            }
            double[] row = {hl, hi, ll, li, version, hv, lv, lastIdx, lastType, hs, ls, b(hMajor), b(lMajor),
                b(hAcc), b(lAcc), b(hRep), b(lRep), phl, phi, pll, pli, pdir, pver, pver == 0 ? 0 : 1};
            for (int k = 0; k < 24; k++) out[k][t] = row[k];
        }
        return out;
    }

    private static double b(boolean v) { return v ? 1 : 0; }
}

package trade.validate.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch trend reference (structures.md §3.3): a plain loop over the swing's output arrays that keeps
 * waves as records in a list, written independently of the detector's ring of flags. Produces the
 * 10 outputs in catalog order for every bar.
 */
public final class TrendReference {
    /** Comparison flags are Boolean: null means "not compared" (no previous level). */
    private record Wave(boolean bullish, Boolean hh, Boolean lh, Boolean hl, Boolean ll) {}

    private record Event(boolean high, double level, int idx) {}

    public static double[][] run(double[] highIdx, double[] highLevel, double[] lowIdx, double[] lowLevel, int history) {
        int n = highIdx.length;
        double[][] out = new double[10][n];
        List<Wave> waves = new ArrayList<>();
        int lastHi = -1, lastLo = -1;
        double prevHigh = Double.NaN, prevLow = Double.NaN;
        Event pending = null;
        int direction = 0, strength = 0, bars = 0, count = 0, lastDir = 0, version = 0;
        boolean hh = false, hl = false, lh = false, ll = false;
        for (int t = 0; t < n; t++) {
            int hi = (int) highIdx[t], lo = (int) lowIdx[t];
            boolean hc = hi != lastHi && hi >= 0, lc = lo != lastLo && lo >= 0;
            if (!hc && !lc) {
                bars++;
            } else {
                List<Event> events = new ArrayList<>();
                if (hc) events.add(new Event(true, highLevel[t], hi));
                if (lc) events.add(new Event(false, lowLevel[t], lo));
                events.sort((a, b) -> Integer.compare(a.idx(), b.idx()));
                for (Event e : events) {
                    if (pending == null) { pending = e; continue; }
                    if (e.high() == pending.high()) {
                        if (e.high() ? e.level() >= pending.level() : e.level() <= pending.level()) pending = e;
                        continue;
                    }
                    Wave w;
                    if (e.high()) {
                        Boolean up = Double.isNaN(prevHigh) ? null : e.level() > prevHigh;
                        Boolean down = Double.isNaN(prevHigh) ? null : e.level() < prevHigh;
                        w = new Wave(true, up, down, null, null);
                        if (up != null) { hh = up; lh = down; }
                    } else {
                        Boolean down = Double.isNaN(prevLow) ? null : e.level() < prevLow;
                        Boolean up = Double.isNaN(prevLow) ? null : e.level() > prevLow;
                        w = new Wave(false, null, null, up, down);
                        if (down != null) { ll = down; hl = up; }
                    }
                    waves.add(w);
                    if (waves.size() > history) waves.remove(0);
                    lastDir = w.bullish() ? 1 : 2;
                    pending = e;
                    int[] r = waves.size() == 1 ? new int[] {w.bullish() ? 1 : -1, 0, 1} : analyze(waves);
                    if (r[0] != direction) { direction = r[0]; bars = 0; version++; } else { bars++; }
                    strength = r[1];
                    count = r[2];
                }
                if (hc) { prevHigh = highLevel[t]; lastHi = hi; }
                if (lc) { prevLow = lowLevel[t]; lastLo = lo; }
            }
            double[] row = {direction, strength, bars, count, lastDir, b(hh), b(hl), b(lh), b(ll), version};
            for (int k = 0; k < 10; k++) out[k][t] = row[k];
        }
        return out;
    }

    private static int[] analyze(List<Wave> waves) {
        Wave recent = waves.get(waves.size() - 1), prev = waves.get(waves.size() - 2);
        Wave highWave = recent.bullish() ? recent : prev.bullish() ? prev : null;
        Wave lowWave = !recent.bullish() ? recent : !prev.bullish() ? prev : null;
        int target = table(highWave, lowWave);
        if (target == 0) return new int[] {0, 0, 0};
        int consecutive = 1;
        for (int i = waves.size() - 3; i >= 0; i -= 2) {
            Wave r = waves.get(i + 1), p = waves.get(i);
            int c = r.bullish() ? table(r, p) : table(p, r);
            if (c == target) consecutive++; else break;
        }
        return new int[] {target, consecutive >= 2 ? 2 : 1, consecutive};
    }

    private static int table(Wave highWave, Wave lowWave) {
        boolean hh = highWave != null && Boolean.TRUE.equals(highWave.hh());
        boolean lh = highWave != null && Boolean.TRUE.equals(highWave.lh());
        boolean hl = lowWave != null && Boolean.TRUE.equals(lowWave.hl());
        boolean ll = lowWave != null && Boolean.TRUE.equals(lowWave.ll());
        if (hh && hl) return 1;
        if (lh && ll) return -1;
        if (hh && !ll) return 1;
        if (lh && !hl) return -1;
        if (hl && !lh) return 1;
        if (ll && !hh) return -1;
        return 0;
    }

    private static double b(boolean v) { return v ? 1 : 0; }
}

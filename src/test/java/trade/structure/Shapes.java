package trade.structure;

import java.util.Random;
import trade.validate.reference.Bars;

/** Simple synthetic bar shapes for structure tests (hourly open times, which no detector reads). */
final class Shapes {
    private Shapes() {}

    /**
     * Seeded random walk on a coarse price grid (0.25 steps) so equal highs and lows, and therefore
     * ties, happen often.
     */
    static Bars randomWalk(long seed, int n) {
        Random r = new Random(seed);
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double prev = 100;
        for (int i = 0; i < n; i++) {
            double op = prev;
            double cl = op + 0.25 * (r.nextInt(9) - 4);
            h[i] = Math.max(op, cl) + 0.25 * r.nextInt(3);
            l[i] = Math.min(op, cl) - 0.25 * r.nextInt(3);
            o[i] = op;
            c[i] = cl;
            v[i] = 100 + r.nextInt(1000);
            prev = cl;
        }
        return Bars.hourly(o, h, l, c, v);
    }

    static Bars flat(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 100);
        return Bars.hourly(p.clone(), p.clone(), p.clone(), p.clone(), p.clone());
    }

    static Bars monotonic(int n, double step) {
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = 100 + step * i;
            c[i] = o[i] + step;
            h[i] = Math.max(o[i], c[i]) + 0.1;
            l[i] = Math.min(o[i], c[i]) - 0.1;
            v[i] = 1000;
        }
        return Bars.hourly(o, h, l, c, v);
    }

    /** Flat bars with an up- or down-spike every few bars: isolated pivots among equal neighbours. */
    static Bars spiky(long seed, int n) {
        Random r = new Random(seed);
        Bars s = flat(n);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(7);
            if (k == 0) { s.high()[i] = 100 + 1 + r.nextInt(4); s.close()[i] = s.high()[i] - 0.5; }
            if (k == 1) { s.low()[i] = 100 - 1 - r.nextInt(4); s.close()[i] = s.low()[i] + 0.5; }
            if (k == 2) { s.high()[i] = 103; s.low()[i] = 97; } // outside bar
        }
        return s;
    }

    /** Hand-written bars where only high and low matter; open = close = midpoint. */
    static Bars ofHighLow(double[] highs, double[] lows) {
        int n = highs.length;
        double[] mid = new double[n];
        for (int i = 0; i < n; i++) mid[i] = (highs[i] + lows[i]) / 2;
        return Bars.hourly(mid.clone(), highs.clone(), lows.clone(), mid.clone(), new double[n]);
    }
}

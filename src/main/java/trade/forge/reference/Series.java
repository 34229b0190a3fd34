package trade.structure;

import java.util.Random;

/** OHLCV input series for structure tests: the spec's golden series and simple synthetic shapes. */
record Series(double[] open, double[] high, double[] low, double[] close, double[] volume) {
    int size() { return close.length; }

    Series prefix(int n) {
        return new Series(java.util.Arrays.copyOf(open, n), java.util.Arrays.copyOf(high, n),
                java.util.Arrays.copyOf(low, n), java.util.Arrays.copyOf(close, n), java.util.Arrays.copyOf(volume, n));
    }

    static Series of(trade.core.Candles c) {
        int n = c.size();
        double[] o = new double[n], h = new double[n], l = new double[n], cl = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = c.open(i);
            h[i] = c.high(i);
            l[i] = c.low(i);
            cl[i] = c.close(i);
            v[i] = c.volume(i);
        }
        return new Series(o, h, l, cl, v);
    }

    /** indicators.md Appendix A.1: 600 bars from a 31-bit LCG, integer cents, exact. */
    static Series golden() {
        double[][] x = trade.fixtures.AppendixSeries.columns();
        return new Series(x[0], x[1], x[2], x[3], x[4]);
    }

    /**
     * Seeded random walk on a coarse price grid (0.25 steps) so equal highs and lows, and therefore
     * ties, happen often.
     */
    static Series randomWalk(long seed, int n) {
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
        return new Series(o, h, l, c, v);
    }

    static Series flat(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 100);
        return new Series(p.clone(), p.clone(), p.clone(), p.clone(), p.clone());
    }

    static Series monotonic(int n, double step) {
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = 100 + step * i;
            c[i] = o[i] + step;
            h[i] = Math.max(o[i], c[i]) + 0.1;
            l[i] = Math.min(o[i], c[i]) - 0.1;
            v[i] = 1000;
        }
        return new Series(o, h, l, c, v);
    }

    /** Flat bars with an up- or down-spike every few bars: isolated pivots among equal neighbours. */
    static Series spiky(long seed, int n) {
        Random r = new Random(seed);
        Series s = flat(n);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(7);
            if (k == 0) { s.high()[i] = 100 + 1 + r.nextInt(4); s.close()[i] = s.high()[i] - 0.5; }
            if (k == 1) { s.low()[i] = 100 - 1 - r.nextInt(4); s.close()[i] = s.low()[i] + 0.5; }
            if (k == 2) { s.high()[i] = 103; s.low()[i] = 97; } // outside bar
        }
        return s;
    }

    /** Hand-written bars where only high and low matter; open = close = midpoint. */
    static Series ofHighLow(double[] highs, double[] lows) {
        int n = highs.length;
        double[] mid = new double[n];
        for (int i = 0; i < n; i++) mid[i] = (highs[i] + lows[i]) / 2;
        return new Series(mid.clone(), highs.clone(), lows.clone(), mid.clone(), new double[n]);
    }
}

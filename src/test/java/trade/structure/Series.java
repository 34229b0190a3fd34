package trade.structure;

import java.util.Random;

/** OHLCV input series for structure tests: the spec's golden series and simple synthetic shapes. */
record Series(double[] open, double[] high, double[] low, double[] close, double[] volume) {
    int size() { return close.length; }

    Series prefix(int n) {
        return new Series(java.util.Arrays.copyOf(open, n), java.util.Arrays.copyOf(high, n),
                java.util.Arrays.copyOf(low, n), java.util.Arrays.copyOf(close, n), java.util.Arrays.copyOf(volume, n));
    }

    /** indicators.md Appendix A.1: 600 bars from a 31-bit LCG, integer cents, exact. */
    static Series golden() {
        int n = 600;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        long[] s = {20240101L};
        long m = 1L << 31;
        java.util.function.LongSupplier next = () -> s[0] = (s[0] * 1103515245L + 12345L) % m;
        long prevClose = 10000;
        for (int i = 0; i < n; i++) {
            long d1 = next.getAsLong(), d2 = next.getAsLong(), d3 = next.getAsLong(), d4 = next.getAsLong();
            long op = prevClose, cl, hi, lo;
            boolean up = (i / 40) % 2 == 0;
            long drift = up ? 10 : -10;
            if (d1 % 13 == 0) {
                long sign = up ? 1 : -1;
                if (d4 % 4 == 0) sign = -sign;
                cl = op + sign * (250 + d1 % 151);
                hi = Math.max(op, cl) + d2 % 11;
                lo = Math.min(op, cl) - d3 % 11;
            } else {
                cl = op + drift + (d1 % 201 - 100);
                hi = Math.max(op, cl) + d2 % 61;
                lo = Math.min(op, cl) - d3 % 61;
            }
            o[i] = op / 100.0;
            h[i] = hi / 100.0;
            l[i] = lo / 100.0;
            c[i] = cl / 100.0;
            v[i] = 1000 + d4 % 9001;
            prevClose = cl;
        }
        return new Series(o, h, l, c, v);
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

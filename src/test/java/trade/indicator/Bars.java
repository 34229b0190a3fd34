package trade.indicator;

import java.util.Map;
import trade.core.Params;

/** A bar series as parallel arrays, and the plumbing to push it through an indicator. */
record Bars(double[] open, double[] high, double[] low, double[] close, double[] volume) {

    int size() { return close.length; }

    Bars prefix(int n) {
        return new Bars(java.util.Arrays.copyOf(open, n), java.util.Arrays.copyOf(high, n),
                java.util.Arrays.copyOf(low, n), java.util.Arrays.copyOf(close, n), java.util.Arrays.copyOf(volume, n));
    }

    /** outputs[k][t] = output k after the update of bar t. */
    double[][] feed(Indicator indicator, int outputCount) {
        double[][] out = new double[outputCount][size()];
        for (int t = 0; t < size(); t++) {
            indicator.update(open[t], high[t], low[t], close[t], volume[t]);
            for (int k = 0; k < outputCount; k++) out[k][t] = indicator.output(k);
        }
        return out;
    }

    /** Creates the named indicator with defaults overridden by {@code given}, reading close. */
    static Indicator create(String name, Map<String, Object> given) {
        IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
        return kind.create(Params.resolve(kind.params(), given), InputSource.CLOSE);
    }

    static int outputCount(String name) { return IndicatorCatalog.find(name).orElseThrow().outputs().size(); }

    /**
     * The 600-bar integer-formula series of indicators.md Appendix A.1, regenerated exactly with
     * long arithmetic (prices are cents divided by 100 at the end).
     */
    static Bars golden() {
        int n = 600;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        long s = 20240101L;
        long m = 1L << 31;
        long prevClose = 10000;
        for (int i = 0; i < n; i++) {
            s = (s * 1103515245L + 12345L) % m;
            long d1 = s;
            s = (s * 1103515245L + 12345L) % m;
            long d2 = s;
            s = (s * 1103515245L + 12345L) % m;
            long d3 = s;
            s = (s * 1103515245L + 12345L) % m;
            long d4 = s;
            long op = prevClose;
            boolean up = (i / 40) % 2 == 0;
            long drift = up ? 10 : -10;
            long cl, hi, lo;
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
        return new Bars(o, h, l, c, v);
    }
}

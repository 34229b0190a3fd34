package trade.indicator;

import java.util.Map;
import trade.core.Params;

/**
 * A bar series as parallel arrays (open times in UTC epoch ms), and the plumbing to push it through
 * an indicator. Anchored indicators get each bar's open time and no swing structure.
 */
record Bars(long[] openTime, double[] open, double[] high, double[] low, double[] close, double[] volume) {
    /** Appendix A.1: hourly bars from 2024-01-01T00:00Z, a Monday. */
    static final long FIRST_OPEN = 1_704_067_200_000L;
    static final long HOUR = 3_600_000L;

    static long[] hourly(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = FIRST_OPEN + i * HOUR;
        return t;
    }

    int size() { return close.length; }

    Bars prefix(int n) {
        return new Bars(java.util.Arrays.copyOf(openTime, n), java.util.Arrays.copyOf(open, n), java.util.Arrays.copyOf(high, n),
                java.util.Arrays.copyOf(low, n), java.util.Arrays.copyOf(close, n), java.util.Arrays.copyOf(volume, n));
    }

    /** Bars from (inclusive) to (exclusive). */
    Bars slice(int from, int to) {
        return new Bars(java.util.Arrays.copyOfRange(openTime, from, to), java.util.Arrays.copyOfRange(open, from, to),
                java.util.Arrays.copyOfRange(high, from, to), java.util.Arrays.copyOfRange(low, from, to),
                java.util.Arrays.copyOfRange(close, from, to), java.util.Arrays.copyOfRange(volume, from, to));
    }

    /** outputs[k][t] = output k after the update of bar t. */
    double[][] feed(Indicator indicator, int outputCount) {
        double[][] out = new double[outputCount][size()];
        for (int t = 0; t < size(); t++) {
            push(indicator, t);
            for (int k = 0; k < outputCount; k++) out[k][t] = indicator.output(k);
        }
        return out;
    }

    /** Updates with bar t (anchored indicators get its open time first). */
    void push(Indicator indicator, int t) {
        if (indicator instanceof AnchoredIndicator a) {
            a.anchor(openTime[t], AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_VERSION,
                    AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_PAIR);
        }
        indicator.update(open[t], high[t], low[t], close[t], volume[t]);
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
        double[][] x = trade.fixtures.AppendixSeries.columns();
        return new Bars(hourly(x[0].length), x[0], x[1], x[2], x[3], x[4]);
    }
}

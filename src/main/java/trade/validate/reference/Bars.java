package trade.validate.reference;

import java.util.Arrays;
import java.util.Map;
import trade.core.Candles;
import trade.core.Params;
import trade.indicator.AnchoredIndicator;
import trade.indicator.Indicator;
import trade.indicator.IndicatorCatalog;
import trade.indicator.IndicatorKind;
import trade.indicator.InputSource;

/**
 * A bar series as parallel arrays (open times in UTC epoch ms): the input of every batch reference,
 * and the plumbing to push it through an incremental indicator. Anchored indicators get each bar's
 * open time and no swing structure.
 */
public record Bars(long[] openTime, double[] open, double[] high, double[] low, double[] close, double[] volume) {
    /** Appendix A.1: hourly bars from 2024-01-01T00:00Z, a Monday. */
    public static final long FIRST_OPEN = 1_704_067_200_000L;
    public static final long HOUR = 3_600_000L;

    public static long[] hourly(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = FIRST_OPEN + i * HOUR;
        return t;
    }

    /** Hourly open times from {@link #FIRST_OPEN}, for series whose times do not matter. */
    public static Bars hourly(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        return new Bars(hourly(close.length), open, high, low, close, volume);
    }

    public static Bars of(Candles c) {
        int n = c.size();
        long[] time = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], cl = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = c.openTime(i);
            o[i] = c.open(i);
            h[i] = c.high(i);
            l[i] = c.low(i);
            cl[i] = c.close(i);
            v[i] = c.volume(i);
        }
        return new Bars(time, o, h, l, cl, v);
    }

    public int size() { return close.length; }

    public Bars prefix(int n) { return slice(0, n); }

    /** Bars from (inclusive) to (exclusive). */
    public Bars slice(int from, int to) {
        return new Bars(Arrays.copyOfRange(openTime, from, to), Arrays.copyOfRange(open, from, to), Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
    }

    /**
     * The series a single-input indicator reads with {@code source} in every price field, so the
     * batch references (written over close) compute what the indicator computes from that source.
     */
    public Bars reading(InputSource source) {
        if (source == InputSource.CLOSE) return this;
        double[] x = new double[size()];
        for (int t = 0; t < x.length; t++) x[t] = source.pick(open[t], high[t], low[t], close[t], volume[t]);
        return new Bars(openTime, x, x, x, x, volume);
    }

    /** outputs[k][t] = output k after the update of bar t. */
    public double[][] feed(Indicator indicator, int outputCount) {
        double[][] out = new double[outputCount][size()];
        for (int t = 0; t < size(); t++) {
            push(indicator, t);
            for (int k = 0; k < outputCount; k++) out[k][t] = indicator.output(k);
        }
        return out;
    }

    /** Updates with bar t (anchored indicators get its open time first). */
    public void push(Indicator indicator, int t) {
        if (indicator instanceof AnchoredIndicator a) {
            a.anchor(openTime[t], AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_VERSION,
                    AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_PAIR);
        }
        indicator.update(open[t], high[t], low[t], close[t], volume[t]);
    }

    /** Creates the named indicator with defaults overridden by {@code given}, reading close. */
    public static Indicator create(String name, Map<String, Object> given) {
        IndicatorKind kind = IndicatorCatalog.find(name).orElseThrow();
        return kind.create(Params.resolve(kind.params(), given), InputSource.CLOSE);
    }

    public static int outputCount(String name) { return IndicatorCatalog.find(name).orElseThrow().outputs().size(); }
}

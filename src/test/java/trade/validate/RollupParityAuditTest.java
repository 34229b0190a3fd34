package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.timeframe.CandleRollup;
import trade.engine.timeframe.RolledCandles;

class RollupParityAuditTest {
    private static final AuditScope SMALL = new AuditScope(List.of("trending", "choppy_whipsaw"), 2 * 1440 + 77, 7, List.of(),
            AuditScope.Focus.CATALOG, 2);

    @Test
    void engineRollupMatchesPlainAggregation() {
        AuditResult r = new RollupParityAudit().run(SMALL);
        assertTrue(r.passed(), r.reason());
        // every timeframe, three windows, two patterns: at least the bar-count check of each
        assertTrue(r.checked() > 2L * 3 * Timeframe.values().length * 8, "checked " + r.checked());
    }

    @Test
    void highTakenFromClosesIsCaughtAndNamed() {
        RollupParityAudit audit = new RollupParityAudit((source, tf) -> {
            RolledCandles good = CandleRollup.rollUp(source, tf);
            Candles c = good.candles();
            double[] high = new double[c.size()];
            for (int i = 0; i < c.size(); i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int m = good.firstMinute(i); m < good.endMinute(i); m++) max = Math.max(max, source.close(m));
                high[i] = max;
            }
            double[] open = new double[c.size()], low = new double[c.size()], close = new double[c.size()], volume = new double[c.size()];
            long[] time = new long[c.size()];
            for (int i = 0; i < c.size(); i++) {
                time[i] = c.openTime(i); open[i] = c.open(i); low[i] = c.low(i); close[i] = c.close(i); volume[i] = c.volume(i);
            }
            return new RolledCandles(new Candles(tf, time, open, high, low, close, volume), good.firstMinute(), good.endMinute(c.size() - 1));
        });
        AuditResult r = audit.run(SMALL);
        assertFalse(r.passed());
        String first = r.failures().getFirst();
        assertTrue(first.contains(": high is ") && first.contains("trending") && first.contains(" bar "), first);
        assertTrue(r.failures().stream().allMatch(f -> f.contains(": high is ")), r.failures().toString());
    }

    @Test
    void trailingPartialBucketKeptIsCaught() {
        // a roll-up that treats the data's end as the end of the last bucket keeps an unfinished bar
        RollupParityAudit audit = new RollupParityAudit((source, tf) -> {
            int n = source.size();
            long[] time = new long[n + 1];
            double[] o = new double[n + 1], h = new double[n + 1], l = new double[n + 1], c = new double[n + 1], v = new double[n + 1];
            for (int i = 0; i < n; i++) {
                time[i] = source.openTime(i); o[i] = source.open(i); h[i] = source.high(i); l[i] = source.low(i);
                c[i] = source.close(i); v[i] = source.volume(i);
            }
            // one padding minute at the next bucket's start closes the trailing bucket
            time[n] = tf.floor(source.openTime(n - 1)) + tf.millis();
            o[n] = h[n] = l[n] = c[n] = source.close(n - 1);
            return CandleRollup.rollUp(new Candles(source.timeframe(), time, o, h, l, c, v), tf);
        });
        AuditResult r = audit.run(new AuditScope(List.of("trending"), 1440 + 77, 7, List.of(), AuditScope.Focus.CATALOG, 1));
        assertFalse(r.passed());
        assertTrue(r.failures().stream().anyMatch(f -> f.contains("bars from the roll-up")), r.failures().toString());
    }

    @Test
    void referenceBucketsOnEpochBoundariesAndDropsOnlyTheUnfinishedLastBucket() {
        // 1m candles opening 00:07 … 00:31: 15m buckets 00:00 (partial start, kept), 00:15, 00:30 (not closed, dropped)
        int n = 25;
        long start = 7 * 60_000L;
        long[] time = new long[n];
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = start + i * 60_000L;
            open[i] = 100 + i; high[i] = 101 + i; low[i] = 99 - i; close[i] = 100.5 + i; volume[i] = 1;
        }
        List<RollupParityAudit.Bar> bars = RollupParityAudit.reference(new Candles(Timeframe.M1, time, open, high, low, close, volume), Timeframe.M15);
        assertEquals(2, bars.size());
        RollupParityAudit.Bar first = bars.get(0), second = bars.get(1);
        assertEquals(0, first.openTime());
        assertEquals(15 * 60_000L, second.openTime());
        assertEquals(0, first.first());
        assertEquals(8, first.end()); // 00:07 … 00:14
        assertEquals(23, second.end()); // 00:15 … 00:29
        assertEquals(open[0], first.open());
        assertEquals(close[7], first.close());
        assertEquals(high[22], second.high());
        assertEquals(low[22], second.low());
        assertEquals(15, second.volume());
    }
}

package trade.engine.timeframe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import trade.core.Candles;
import trade.core.Timeframe;

/**
 * Invariants of rolling 1m candles up to a higher timeframe, on random valid 1m series with
 * random gaps and a random (not necessarily aligned) start:
 * <ul>
 *   <li>each rolled bar's open is the first 1m open of its range, its high the max, its low the
 *       min, its close the last 1m close, its volume the sum (within 1e-9 relative);</li>
 *   <li>every bar opens on an epoch-aligned boundary of its timeframe and all 1m candles of its
 *       range lie in that bucket;</li>
 *   <li>the ranges are contiguous from the first minute, each bucket is complete in time (the
 *       data reaches its close), and the minutes after the last bar form one incomplete bucket;</li>
 *   <li>rolling 1m → 15m → 1h gives the same 1h bars as 1m → 1h; when the 1m data ends with a
 *       gap, the direct roll may have one more (last) hour, because a 1m candle at 11:05 closes
 *       the 10:00 hour while the 15m series, which ends at its last complete bar, may end at
 *       10:45; without gaps the two are equal;</li>
 *   <li>rolling to 1m returns the input with firstMinute[i] = i.</li>
 * </ul>
 */
class CandleRollupProperties {

    @Property(tries = 300)
    void barsAggregateTheirMinutes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int minutes,
                                   @ForAll @IntRange(min = 0, max = 60) int gapPercent, @ForAll Timeframe tf) {
        Candles m1 = randomMinutes(seed, minutes, gapPercent);
        RolledCandles rolled = CandleRollup.rollUp(m1, tf);
        Candles bars = rolled.candles();
        assertEquals(tf, bars.timeframe());
        for (int b = 0; b < bars.size(); b++) {
            int from = rolled.firstMinute(b), to = rolled.endMinute(b);
            assertTrue(from < to, "bar " + b + " has no minutes");
            double high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY, volume = 0;
            for (int i = from; i < to; i++) {
                high = Math.max(high, m1.high(i));
                low = Math.min(low, m1.low(i));
                volume += m1.volume(i);
            }
            assertEquals(m1.open(from), bars.open(b));
            assertEquals(high, bars.high(b));
            assertEquals(low, bars.low(b));
            assertEquals(m1.close(to - 1), bars.close(b));
            assertEquals(volume, bars.volume(b), 1e-9 * Math.abs(volume));
        }
    }

    @Property(tries = 300)
    void barsAreAlignedContiguousAndComplete(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int minutes,
                                             @ForAll @IntRange(min = 0, max = 60) int gapPercent,
                                             @ForAll Timeframe tf) {
        Candles m1 = randomMinutes(seed, minutes, gapPercent);
        RolledCandles rolled = CandleRollup.rollUp(m1, tf);
        Candles bars = rolled.candles();
        long lastClose = minutes == 0 ? Long.MIN_VALUE : m1.closeTime(minutes - 1);
        int expectedFirst = 0;
        for (int b = 0; b < bars.size(); b++) {
            long open = bars.openTime(b);
            assertEquals(0, Math.floorMod(open, tf.millis()), "bar " + b + " is off the boundary");
            assertEquals(expectedFirst, rolled.firstMinute(b), "bar " + b + " does not follow the previous one");
            for (int i = rolled.firstMinute(b); i < rolled.endMinute(b); i++) {
                assertEquals(open, tf.floor(m1.openTime(i)), "minute " + i + " is outside bar " + b);
            }
            assertTrue(bars.closeTime(b) <= lastClose, "bar " + b + " is not complete");
            expectedFirst = rolled.endMinute(b);
        }
        assertEquals(expectedFirst, rolled.endMinute());
        // What is left over is a single bucket that the data does not yet close.
        for (int i = rolled.endMinute(); i < minutes; i++) {
            long bucket = tf.floor(m1.openTime(i));
            assertEquals(tf.floor(m1.openTime(minutes - 1)), bucket);
            assertTrue(bucket + tf.millis() > lastClose);
        }
    }

    @Property(tries = 200)
    void rollingInStepsEqualsRollingAtOnce(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int minutes,
                                           @ForAll @IntRange(min = 0, max = 60) int gapPercent) {
        Candles m1 = randomMinutes(seed, minutes, gapPercent);
        RolledCandles m15 = CandleRollup.rollUp(m1, Timeframe.M15);
        RolledCandles viaM15 = CandleRollup.rollUp(m15.candles(), Timeframe.H1);
        RolledCandles direct = CandleRollup.rollUp(m1, Timeframe.H1);
        // At most the last hour differs (see the class comment); without gaps none does.
        int extra = direct.candles().size() - viaM15.candles().size();
        assertTrue(extra == 0 || extra == 1, "1m→1h has " + extra + " bars more than 1m→15m→1h");
        if (gapPercent == 0) assertEquals(0, extra);
        assertSameBars(direct, viaM15, m15);
    }

    /** The bars of {@code via} equal the first bars of {@code direct}, ranges mapped through {@code m15}. */
    private static void assertSameBars(RolledCandles direct, RolledCandles via, RolledCandles m15) {
        Candles a = via.candles(), b = direct.candles();
        assertTrue(a.size() <= b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.openTime(i), a.openTime(i));
            assertEquals(b.open(i), a.open(i));
            assertEquals(b.high(i), a.high(i));
            assertEquals(b.low(i), a.low(i));
            assertEquals(b.close(i), a.close(i));
            assertEquals(b.volume(i), a.volume(i), 1e-9 * Math.abs(b.volume(i)));
            assertEquals(direct.firstMinute(i), m15.firstMinute(via.firstMinute(i)));
        }
    }

    @Property(tries = 50)
    void oneMinuteIsTheInput(@ForAll long seed, @ForAll @IntRange(min = 0, max = 500) int minutes) {
        Candles m1 = randomMinutes(seed, minutes, 20);
        RolledCandles rolled = CandleRollup.rollUp(m1, Timeframe.M1);
        assertEquals(m1, rolled.candles());
        int[] identity = new int[minutes];
        for (int i = 0; i < minutes; i++) identity[i] = i;
        assertArrayEquals(identity, rolled.firstMinute());
        assertEquals(minutes, rolled.endMinute());
    }

    /** A valid 1m series: minute-aligned increasing times with gaps, high ≥ max(o,c), low ≤ min(o,c). */
    private static Candles randomMinutes(long seed, int n, int gapPercent) {
        Random rng = new Random(seed);
        long[] time = new long[n];
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n],
                volume = new double[n];
        long t = 1_735_689_600_000L + rng.nextInt(3 * 1440) * 60_000L;
        double price = 100;
        for (int i = 0; i < n; i++) {
            if (i > 0) t += 60_000L * (rng.nextInt(100) < gapPercent ? 2 + rng.nextInt(rng.nextBoolean() ? 5 : 300) : 1);
            double o = price;
            price = Math.max(1, price + rng.nextGaussian());
            time[i] = t;
            open[i] = o;
            close[i] = price;
            high[i] = Math.max(o, price) + rng.nextDouble();
            low[i] = Math.min(o, price) - rng.nextDouble() * 0.5;
            volume[i] = rng.nextDouble() * 1e6;
        }
        return new Candles(Timeframe.M1, time, open, high, low, close, volume);
    }
}

package trade.engine.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.core.Timeframe;

/** Hand-checked cases: the trailing partial bucket, a start mid-bucket, and rejected inputs. */
class CandleRollupTest {
    static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00Z

    /** {@code n} 1m candles from {@code start}; bar i has open i, close i + 0.5, volume 1. */
    static Candles minutes(long start, int n) {
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * 60_000L;
            o[i] = 100 + i; c[i] = 100.5 + i; h[i] = 101 + i; l[i] = 99 + i; v[i] = 1;
        }
        return new Candles(Timeframe.M1, t, o, h, l, c, v);
    }

    @Test
    void dropsTheTrailingPartialHour() {
        RolledCandles r = CandleRollup.rollUp(minutes(T0, 90), Timeframe.H1);
        assertEquals(1, r.candles().size());
        assertEquals(T0, r.candles().openTime(0));
        assertEquals(100, r.candles().open(0));
        assertEquals(160, r.candles().high(0));
        assertEquals(99, r.candles().low(0));
        assertEquals(159.5, r.candles().close(0));
        assertEquals(60, r.candles().volume(0));
        assertEquals(0, r.firstMinute(0));
        assertEquals(60, r.endMinute(0));
        assertEquals(60, r.endMinute());
    }

    @Test
    void keepsAnHourTheDataJustCloses() {
        RolledCandles r = CandleRollup.rollUp(minutes(T0, 120), Timeframe.H1);
        assertEquals(2, r.candles().size());
        assertEquals(120, r.endMinute());
    }

    @Test
    void aBucketEnteredMidwayIsStillABar() {
        RolledCandles r = CandleRollup.rollUp(minutes(T0 + 30 * 60_000L, 90), Timeframe.H1);
        assertEquals(2, r.candles().size());
        assertEquals(T0, r.candles().openTime(0));
        assertEquals(30, r.candles().volume(0));
        assertEquals(30, r.firstMinute(1));
    }

    @Test
    void rejectsUnorderedOrIndivisibleInput() {
        Candles twice = new Candles(Timeframe.M1, new long[] {T0, T0}, new double[2], new double[2], new double[2],
                new double[2], new double[2]);
        assertThrows(IllegalArgumentException.class, () -> CandleRollup.rollUp(twice, Timeframe.M5));
        Candles m15 = CandleRollup.rollUp(minutes(T0, 60), Timeframe.M15).candles();
        assertThrows(IllegalArgumentException.class, () -> CandleRollup.rollUp(m15, Timeframe.M5));
    }
}

package trade.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import trade.core.Candles;
import trade.core.Timeframe;

/** Determinism and candle validity of every pattern, and the facade's contract. */
class SyntheticMarketTest {
    static final int DAY = 1440;
    static final long START = SyntheticMarket.BASE_TIMESTAMP_MS;

    static Stream<String> patterns() { return SyntheticMarket.patterns().stream(); }

    @ParameterizedTest
    @MethodSource("patterns")
    void sameSeedGivesBitwiseIdenticalCandles(String pattern) {
        Candles a = SyntheticMarket.generate(pattern, 5 * DAY, 42, START);
        Candles b = SyntheticMarket.generate(pattern, 5 * DAY, 42, START);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.openTime(i), b.openTime(i));
            assertEquals(Double.doubleToRawLongBits(a.open(i)), Double.doubleToRawLongBits(b.open(i)));
            assertEquals(Double.doubleToRawLongBits(a.high(i)), Double.doubleToRawLongBits(b.high(i)));
            assertEquals(Double.doubleToRawLongBits(a.low(i)), Double.doubleToRawLongBits(b.low(i)));
            assertEquals(Double.doubleToRawLongBits(a.close(i)), Double.doubleToRawLongBits(b.close(i)));
            assertEquals(Double.doubleToRawLongBits(a.volume(i)), Double.doubleToRawLongBits(b.volume(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void differentSeedGivesDifferentCandles(String pattern) {
        Candles a = SyntheticMarket.generate(pattern, DAY, 1, START);
        Candles b = SyntheticMarket.generate(pattern, DAY, 2, START);
        assertFalse(java.util.Arrays.equals(closes(a), closes(b)));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void everyCandleIsValid(String pattern) {
        for (int minutes : new int[] {1, 7, 30 * DAY}) {
            for (long seed : new long[] {42, 7}) {
                Candles c = SyntheticMarket.generate(pattern, minutes, seed, START);
                assertEquals(Timeframe.M1, c.timeframe());
                assertEquals(minutes, c.size());
                for (int i = 0; i < minutes; i++) {
                    boolean valid = c.openTime(i) == START + i * 60_000L
                            && c.high(i) >= Math.max(c.open(i), c.close(i))
                            && c.low(i) <= Math.min(c.open(i), c.close(i))
                            && c.low(i) > 0 && c.volume(i) >= 0
                            && Double.isFinite(c.high(i)) && Double.isFinite(c.volume(i));
                    if (!valid) {
                        throw new AssertionError(pattern + " seed " + seed + " bar " + i + " is invalid: time "
                                + c.openTime(i) + " o " + c.open(i) + " h " + c.high(i) + " l " + c.low(i)
                                + " c " + c.close(i) + " v " + c.volume(i));
                    }
                }
            }
        }
    }

    @Test
    void listsAndDescribesPatterns() {
        assertEquals("trend_up_clean", SyntheticMarket.patterns().stream()
                .filter(p -> p.equals("trend_up_clean")).findFirst().orElseThrow());
        for (String p : SyntheticMarket.patterns()) assertFalse(SyntheticMarket.describe(p).isBlank(), p);
    }

    @Test
    void unknownPatternListsValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticMarket.generate("trend_sideways", 10, 1, START));
        assertTrue(e.getMessage().contains("trend_sideways"), e.getMessage());
        assertTrue(e.getMessage().contains("trend_up_clean, trend_down_clean"), e.getMessage());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticMarket.generate("trending", 0, 1, START));
        assertThrows(IllegalArgumentException.class, () -> SyntheticMarket.generate("trending", 10, 1, START + 1));
    }

    @Test
    void startTimeOnlyShiftsTimestamps() {
        Candles a = SyntheticMarket.generate("trend_up_clean", DAY, 3, START);
        Candles b = SyntheticMarket.generate("trend_up_clean", DAY, 3, START + 7 * 60_000L);
        assertArrayEquals(closes(a), closes(b));
        assertEquals(a.openTime(5) + 7 * 60_000L, b.openTime(5));
    }

    static double[] closes(Candles c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) out[i] = c.close(i);
        return out;
    }
}

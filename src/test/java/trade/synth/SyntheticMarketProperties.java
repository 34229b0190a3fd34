package trade.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import trade.core.Candles;
import trade.core.Timeframe;

/**
 * What every pattern promises on any seed and size: the seed reproduces the candles bit for bit,
 * another seed gives other candles, and every candle is a valid 1m candle.
 */
class SyntheticMarketProperties {
    static final long START = SyntheticMarket.BASE_TIMESTAMP_MS;

    @Provide
    Arbitrary<String> patterns() { return Arbitraries.of(SyntheticMarket.patterns()); }

    @Property(tries = 200)
    void theSeedReproducesTheCandlesBitForBit(@ForAll("patterns") String pattern, @ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed,
                                             @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        Candles a = SyntheticMarket.generate(pattern, minutes, seed, START), b = SyntheticMarket.generate(pattern, minutes, seed, START);
        for (int i = 0; i < minutes; i++) {
            assertEquals(a.openTime(i), b.openTime(i));
            for (int f = 0; f < 5; f++) assertEquals(Double.doubleToRawLongBits(field(a, f, i)), Double.doubleToRawLongBits(field(b, f, i)), pattern + " bar " + i);
        }
    }

    @Property(tries = 200)
    void anotherSeedGivesOtherCandles(@ForAll("patterns") String pattern, @ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed,
                                      @ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long other, @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        if (seed == other) other = seed == 0 ? 1 : seed - 1;
        Candles a = SyntheticMarket.generate(pattern, minutes, seed, START), b = SyntheticMarket.generate(pattern, minutes, other, START);
        // a single bar's close may be P0 for every seed, its wicks and volume are drawn
        boolean differ = false;
        for (int i = 0; i < minutes && !differ; i++) {
            for (int f = 0; f < 5; f++) differ |= field(a, f, i) != field(b, f, i);
        }
        assertTrue(differ, pattern + ": seeds " + seed + " and " + other + " gave the same candles");
    }

    @Property(tries = 300)
    void everyCandleIsAValidMinute(@ForAll("patterns") String pattern, @ForAll @LongRange(max = SyntheticMarket.MAX_SEED) long seed,
                                   @ForAll @IntRange(min = 1, max = 20_000) int minutes) {
        Candles c = SyntheticMarket.generate(pattern, minutes, seed, START);
        assertEquals(Timeframe.M1, c.timeframe());
        assertEquals(minutes, c.size());
        for (int bar = 0; bar < minutes; bar++) {
            int i = bar;
            boolean valid = c.openTime(i) == START + i * 60_000L
                    && c.high(i) >= Math.max(c.open(i), c.close(i)) && c.low(i) <= Math.min(c.open(i), c.close(i))
                    && c.low(i) > 0 && c.volume(i) >= 0 && Double.isFinite(c.high(i)) && Double.isFinite(c.volume(i));
            assertTrue(valid, () -> pattern + " bar " + i + ": t " + c.openTime(i) + " o " + c.open(i) + " h " + c.high(i)
                    + " l " + c.low(i) + " c " + c.close(i) + " v " + c.volume(i));
        }
    }

    /**
     * java.util.Random keeps 48 bits of its seed, so seeds equal in those bits would give the same
     * candles; the generator therefore takes seeds in [0, 2^48) only.
     */
    @Example
    void seedsBeyond48BitsAreRefusedBecauseTheyWouldRepeatSmallerOnes() {
        assertEquals(new Random(5).nextGaussian(), new Random(5 + (1L << 48)).nextGaussian());
        for (long seed : new long[] {-1, SyntheticMarket.MAX_SEED + 1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticMarket.generate("trending", 10, seed, START));
            assertTrue(e.getMessage().contains("same candles as seed " + (seed & SyntheticMarket.MAX_SEED)), e.getMessage());
        }
        assertFalse(SyntheticMarket.generate("trending", 10, SyntheticMarket.MAX_SEED, START).close(0) <= 0);
    }

    static double field(Candles c, int f, int i) {
        return switch (f) {
            case 0 -> c.open(i);
            case 1 -> c.high(i);
            case 2 -> c.low(i);
            case 3 -> c.close(i);
            default -> c.volume(i);
        };
    }
}

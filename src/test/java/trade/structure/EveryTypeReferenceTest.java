package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.timeframe.CandleRollup;
import trade.synth.SyntheticMarket;
import trade.validate.reference.Bars;
import trade.validate.reference.ReferenceCheck;
import trade.fixtures.AppendixSeries;

/**
 * All 13 detectors equal their batch references on every output at every bar, on seeded series of
 * every synthetic market pattern (rolled up from 1m to 15m, as a Play would see them) and on the
 * golden series.
 *
 * <p>Invariant, in plain words: the incremental detector and a plain loop written from the spec
 * describe the same market structure, whatever the market shape and parameters.
 */
class EveryTypeReferenceTest {
    static Stream<Arguments> patterns() {
        List<Arguments> out = new ArrayList<>();
        long seed = 11;
        for (String pattern : SyntheticMarket.patterns()) {
            out.add(Arguments.of(pattern, seed++));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void syntheticPatterns(String pattern, long seed) {
        Candles minutes = SyntheticMarket.generate(pattern, 15 * 600, seed, SyntheticMarket.BASE_TIMESTAMP_MS);
        Candles bars = CandleRollup.rollUp(minutes, Timeframe.parse("15m").orElseThrow()).candles();
        Bars s = Bars.of(bars);
        double[] atr = ZoneGoldenTest.atr14(s);
        assertEquals(List.of(), ReferenceCheck.everyType(s, atr, 1 + (int) (seed % 5), 1 + (int) (seed % 4), seed));
    }

    @Test
    void goldenSeriesWithTheAppendixSwing() {
        Bars s = AppendixSeries.bars();
        for (long variant = 0; variant < 8; variant++) {
            assertEquals(List.of(), ReferenceCheck.everyType(s, ZoneGoldenTest.atr14(s), 5, 5, variant));
        }
    }
}

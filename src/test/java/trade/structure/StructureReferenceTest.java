package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import trade.validate.reference.Bars;
import trade.validate.reference.ReferenceCheck;
import trade.validate.reference.SwingReference;
import trade.fixtures.AppendixSeries;

/**
 * Incremental detectors equal their batch references on every output at every bar.
 *
 * <p>Invariants, in plain words: swing finds exactly the pivots a direct window scan finds, gates and
 * pairing included; trend and market_structure fed by the swing's outputs agree with plain loops over
 * those outputs; rolling_window equals a direct min/max over the partial window. The series cover a
 * seeded random walk with frequent ties, flat bars, steady rises and falls, spikes and outside bars,
 * and the golden series.
 */
class StructureReferenceTest {
    static Stream<Arguments> cases() {
        var fractal22 = SwingReference.Options.fractal(2, 2);
        var fractal55 = SwingReference.Options.fractal(5, 5);
        var gated = new SwingReference.Options(3, 1, false, 1.0, 0.5, 0, true, 2.0);
        var percent = new SwingReference.Options(2, 3, false, 1.5, 0, 0.5, false, 2.0);
        var zigzag = new SwingReference.Options(0, 0, true, 1.5, 0, 0, false, 1.5);
        var zigzagStrict = new SwingReference.Options(0, 0, true, 1.5, 0.3, 0, true, 1.0);
        List<Bars> series = List.of(Shapes.randomWalk(1, 800), Shapes.randomWalk(42, 800), Shapes.flat(60),
                Shapes.monotonic(60, 0.5), Shapes.monotonic(60, -0.5), Shapes.spiky(7, 400), AppendixSeries.bars());
        return series.stream().flatMap(s -> Stream.of(
                Arguments.of(s, fractal22, false, 5), Arguments.of(s, fractal55, true, 20), Arguments.of(s, gated, true, 1),
                Arguments.of(s, percent, false, 3), Arguments.of(s, zigzag, true, 7), Arguments.of(s, zigzagStrict, true, 2)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void incrementalEqualsBatch(Bars s, SwingReference.Options o, boolean withAtr, int windowSize) {
        assertEquals(List.of(), ReferenceCheck.check(s, o, withAtr, windowSize));
    }
}

package trade.forge.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import trade.play.ValidationPatterns;

/** The names a Play may give as validation pattern are exactly the generators that exist. */
class PatternNamesTest {
    @Test
    void playPatternNamesMatchTheGenerators() {
        assertEquals(new TreeSet<>(ValidationPatterns.NAMES), new TreeSet<>(SyntheticMarket.patterns()));
        assertEquals(38, ValidationPatterns.NAMES.size());
    }
}

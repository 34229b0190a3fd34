package trade.synth;

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

    @Test
    void syntheticBasePricesMatchTheConfigFile() throws Exception {
        String config = java.nio.file.Files.readString(java.nio.file.Path.of("configs/defaults.yml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("synthetic_base_prices: \\{(.*)}").matcher(config);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "configs/defaults.yml lists synthetic_base_prices");
        int listed = 0;
        for (String pair : m.group(1).split(",")) {
            String[] kv = pair.trim().split(":\\s*");
            assertEquals(Double.parseDouble(kv[1]), SyntheticMarket.basePrice(kv[0]), kv[0]);
            listed++;
        }
        assertEquals(3, listed);
        assertEquals(SyntheticMarket.BASE_PRICE, SyntheticMarket.basePrice("BTCUSDT"));
    }
}

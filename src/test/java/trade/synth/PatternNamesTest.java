package trade.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import trade.play.Defaults;
import trade.play.InstrumentTable;
import trade.play.ValidationPatterns;

/** The names a Play may give as validation pattern are exactly the generators that exist, and the synthetic prices suit the instrument table. */
class PatternNamesTest {
    @Test
    void playPatternNamesMatchTheGenerators() {
        assertEquals(new TreeSet<>(ValidationPatterns.NAMES), new TreeSet<>(SyntheticMarket.patterns()));
        assertEquals(38, ValidationPatterns.NAMES.size());
    }

    @Test
    void everyListedInstrumentCanBeSizedAtItsSyntheticPrice() {
        // the base prices exist so that one quantity step is a small part of a default position
        InstrumentTable.bybit().instruments().forEach((symbol, rules) -> {
            double stepCost = rules.qtyStep() * SyntheticMarket.basePrice(symbol);
            assertTrue(stepCost <= Defaults.EQUITY / 100, symbol + ": one step costs " + stepCost + " USDT at the synthetic price");
        });
        assertEquals(SyntheticMarket.BASE_PRICE, SyntheticMarket.basePrice("BTCUSDT"));
    }
}

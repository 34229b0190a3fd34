package trade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Instrument rules: prices go to the nearest tick, quantities down to the step; a rule is never negative. */
class InstrumentTest {
    private static final Instrument BTC = rounding(0.1, 0.001);

    private static Instrument rounding(double tick, double step) { return new Instrument(tick, step, step, 0, 5, 0, 0); }

    @Test
    void pricesGoToTheNearestTickAsCleanDecimals() {
        assertEquals(50_123.4, BTC.price(50_123.44), 0);
        assertEquals(50_123.5, BTC.price(50_123.46), 0);
        assertEquals(0.3, rounding(0.1, 0).price(0.30000000000000004), 0);
        assertEquals(12.35, rounding(0.01, 0.01).price(12.3456), 0);
        assertEquals(105, rounding(5, 0).price(103), 0);
        assertEquals(Double.NaN, BTC.price(Double.NaN));
        assertEquals(123.456789, Instrument.UNCONSTRAINED.price(123.456789), 0);
    }

    @Test
    void quantitiesRoundDownToTheStep() {
        assertEquals(0.199, BTC.quantity(0.1999999), 0);
        assertEquals(0.3, BTC.quantity(0.3), 0, "0.3 / 0.001 is 299.99999999999994: not one step less");
        assertEquals(12.3, rounding(0.01, 0.1).quantity(12.39), 0);
        assertEquals(0, BTC.quantity(0.0009), 0);
    }

    @Test
    void rulesAreFiniteAndNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Instrument(-0.1, 0.001, 0, 0, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Instrument(0.1, Double.NaN, 0, 0, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Instrument(0.1, 0.001, 0, 0, Double.POSITIVE_INFINITY, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Instrument(0.1, 0.001, 1, 0.5, 5, 0, 0), "maximum below minimum");
        assertThrows(IllegalArgumentException.class, () -> new Instrument(0.1, 0.001, 0, 0, 5, 100, -1));
    }
}

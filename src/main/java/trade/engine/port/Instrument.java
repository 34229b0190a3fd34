package trade.engine.port;

import java.util.Map;

/**
 * Trading rules of a Bybit USDT perpetual (the values of {@code configs/defaults.yml},
 * {@code instruments:}; a test keeps the two equal): order prices are multiples of the tick,
 * quantities multiples of the step, and an order's value must reach the minimum notional.
 * Zero means "no rule" (a symbol the table does not list trades unconstrained).
 */
public record Instrument(double tickSize, double qtyStep, double minNotionalUsdt) {
    public static final Instrument UNCONSTRAINED = new Instrument(0, 0, 0);

    private static final Map<String, Instrument> BYBIT = Map.of(
            "BTCUSDT", new Instrument(0.1, 0.001, 5.0),
            "ETHUSDT", new Instrument(0.01, 0.01, 5.0),
            "SOLUSDT", new Instrument(0.01, 0.1, 5.0),
            "LTCUSDT", new Instrument(0.01, 0.1, 5.0));

    public static Instrument of(String symbol) { return BYBIT.getOrDefault(symbol, UNCONSTRAINED); }

    /** The nearest tick; through an integer count of ticks so that 0.1 steps give clean decimals. */
    public double price(double p) { return onGrid(p, tickSize, false); }

    /** Rounded down to the quantity step (an exchange never fills more than was asked). */
    public double quantity(double q) { return onGrid(q, qtyStep, true); }

    private static double onGrid(double x, double step, boolean down) {
        if (!(step > 0) || Double.isNaN(x)) return x;
        double perUnit = Math.rint(1 / step);
        if (step >= 1 || Math.abs(perUnit * step - 1) > 1e-12) return (down ? Math.floor(x / step + 1e-9) : Math.rint(x / step)) * step;
        // 0.1 → 10 per unit: k / 10 is the double nearest to k tenths, where k × 0.1 may not be
        return (down ? Math.floor(x * perUnit + 1e-9) : Math.rint(x * perUnit)) / perUnit;
    }
}

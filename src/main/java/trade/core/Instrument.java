package trade.core;

/**
 * Trading rules of one USDT perpetual as the exchange states them (Bybit's instruments-info:
 * {@code priceFilter.tickSize}, {@code lotSizeFilter.qtyStep/minOrderQty/maxOrderQty/minNotionalValue},
 * {@code leverageFilter.maxLeverage}) and when they were fetched, in epoch milliseconds (0 for the
 * values shipped in {@code configs/instruments.yml}). Order prices are multiples of the tick,
 * quantities multiples of the step, and an order's value must reach the minimum notional. Zero
 * means "no rule": {@link #UNCONSTRAINED} has none, for symbols the exchange rules do not list.
 */
public record Instrument(double tickSize, double qtyStep, double minOrderQty, double maxOrderQty,
                         double minNotionalUsdt, double maxLeverage, long fetchedAtMs) {
    public static final Instrument UNCONSTRAINED = new Instrument(0, 0, 0, 0, 0, 0, 0);

    public Instrument {
        rule("tick size", tickSize);
        rule("quantity step", qtyStep);
        rule("minimum order quantity", minOrderQty);
        rule("maximum order quantity", maxOrderQty);
        rule("minimum notional", minNotionalUsdt);
        rule("maximum leverage", maxLeverage);
        if (maxOrderQty > 0 && maxOrderQty < minOrderQty) {
            throw new IllegalArgumentException("maximum order quantity " + maxOrderQty + " is below the minimum " + minOrderQty);
        }
        if (fetchedAtMs < 0) throw new IllegalArgumentException("fetched-at time must be ≥ 0 (epoch ms), got " + fetchedAtMs);
    }

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

    private static void rule(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException(name + " must be a finite number ≥ 0 (0 = no rule), got " + value);
    }
}

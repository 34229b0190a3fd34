package trade.play;

import trade.dsl.print.ExprPrinter;

/**
 * The numbers an account or risk field accepts: above {@code min} (or from it, when
 * {@code minIncluded}) and at most {@code max}. {@link RiskReader} and {@link PlayTemplate} check
 * with the same ranges, so a bound value is refused exactly when the same value in the file is.
 */
record Range(double min, boolean minIncluded, double max) {
    static final Range ABOVE_ZERO = new Range(0, false, Double.POSITIVE_INFINITY);
    static final Range FROM_ZERO = new Range(0, true, Double.POSITIVE_INFINITY);
    /** Percents of a price or of margin: (0, 100]. */
    static final Range PERCENT = new Range(0, false, 100);

    Range upTo(double newMax) { return new Range(min, minIncluded, newMax); }

    boolean contains(double x) { return (minIncluded ? x >= min : x > min) && x <= max; }

    /** What a user must write, for the "expected" part of a message: {@code a number > 0}, {@code a number in (0, 100]}. */
    String expected() {
        if (Double.isInfinite(max)) return "a number " + (minIncluded ? "≥ " : "> ") + ExprPrinter.number(min);
        return "a number in " + (minIncluded ? "[" : "(") + ExprPrinter.number(min) + ", " + ExprPrinter.number(max) + "]";
    }
}

package trade.indicator;

/**
 * True range per bar (indicators.md §2): H-L on the first bar, then the largest of H-L and the
 * gaps from the previous close.
 */
final class TrueRange {
    private boolean hasPrevious;
    private double previousClose;

    double next(double high, double low, double close) {
        double range = high - low;
        double tr = hasPrevious
                ? Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)))
                : range;
        previousClose = close;
        hasPrevious = true;
        return tr;
    }

    void reset() { hasPrevious = false; }
}

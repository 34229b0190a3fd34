package trade.indicator;

/**
 * donchian (indicators.md §4.35): lowest low over lower_length and highest high over upper_length
 * bars, and their middle; all NaN until both windows are full.
 */
final class Donchian implements Indicator {
    static final int LOWER = 0, MIDDLE = 1, UPPER = 2;

    private final MonotonicWindow lowest;
    private final MonotonicWindow highest;

    Donchian(int lowerLength, int upperLength) {
        lowest = MonotonicWindow.minimum(lowerLength);
        highest = MonotonicWindow.maximum(upperLength);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        lowest.push(low);
        highest.push(high);
    }

    @Override
    public double output(int index) {
        if (!isReady()) return Double.NaN;
        return switch (index) {
            case LOWER -> lowest.value();
            case MIDDLE -> (highest.value() + lowest.value()) / 2;
            case UPPER -> highest.value();
            default -> throw new IndexOutOfBoundsException("donchian has 3 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return lowest.isFull() && highest.isFull(); }

    @Override
    public void reset() {
        lowest.reset();
        highest.reset();
    }
}

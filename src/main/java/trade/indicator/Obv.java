package trade.indicator;

/**
 * obv (indicators.md §4.37): running total of volume signed by the direction of the routed source;
 * NaN on the first bar, which only records the source.
 */
final class Obv implements Indicator {
    private final InputSource source;
    private int count;
    private double previous;
    private double value = Double.NaN;

    Obv(InputSource source) { this.source = source; }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (count > 0) {
            double signed = x > previous ? volume : x < previous ? -volume : 0;
            value = count == 1 ? signed : value + signed;
        }
        previous = x;
        count++;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return count > 1; }

    @Override
    public void reset() {
        count = 0;
        previous = 0;
        value = Double.NaN;
    }
}

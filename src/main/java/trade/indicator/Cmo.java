package trade.indicator;

/**
 * cmo (indicators.md §4.16): Chande momentum from plain rolling sums of the last n gains and losses
 * (pandas_ta talib=False), 0 when the window has no movement; first value at t = length.
 */
final class Cmo implements Indicator {
    private final InputSource source;
    private final RunningWindowSum ups;
    private final RunningWindowSum downs;
    private boolean hasPrevious;
    private double previous;
    private double value = Double.NaN;

    Cmo(int length, InputSource source) {
        this.source = source;
        this.ups = new RunningWindowSum(length);
        this.downs = new RunningWindowSum(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (hasPrevious) {
            double d = x - previous;
            ups.update(Math.max(0, d));
            downs.update(Math.max(0, -d));
            if (ups.isFull()) {
                double su = ups.sum(), sd = downs.sum();
                value = su + sd == 0 ? 0 : ((su - sd) / (su + sd)) * 100;
            }
        }
        previous = x;
        hasPrevious = true;
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return ups.isFull(); }

    @Override
    public void reset() {
        ups.reset();
        downs.reset();
        hasPrevious = false;
        value = Double.NaN;
    }
}

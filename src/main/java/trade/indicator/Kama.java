package trade.indicator;

/**
 * kama (indicators.md §4.8): Kaufman's adaptive MA. The efficiency ratio (net change over n bars
 * divided by the sum of the n one-bar moves) sets the smoothing between the fast (2) and slow (30)
 * constants, squared; seeded by the mean of the first n inputs at t = n−1.
 */
final class Kama implements Indicator {
    private static final double FAST = 2.0 / (2 + 1);
    private static final double SLOW = 2.0 / (30 + 1);

    private final InputSource source;
    private final int length;
    private final ValueRing closes;
    private final RollingSums moves;
    private double value = Double.NaN;

    Kama(int length, InputSource source) {
        this.source = source;
        this.length = length;
        this.closes = new ValueRing(length + 1);
        this.moves = new RollingSums(length);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        double x = source.pick(open, high, low, close, volume);
        if (closes.size() > 0) moves.update(Math.abs(x - closes.newest()));
        closes.push(x);
        if (closes.size() == length && !closes.isFull()) {
            double sum = 0;
            for (int i = 0; i < length; i++) sum += closes.get(i);
            value = sum / length;
        } else if (closes.isFull()) {
            double volatility = moves.sum();
            double efficiency = volatility == 0 ? 0 : Math.abs(x - closes.oldest()) / volatility;
            double q = efficiency * (FAST - SLOW) + SLOW;
            value = value + q * q * (x - value);
        }
    }

    @Override
    public double output(int index) { return value; }

    @Override
    public boolean isReady() { return closes.size() >= length; }

    @Override
    public void reset() {
        closes.clear();
        moves.reset();
        value = Double.NaN;
    }
}

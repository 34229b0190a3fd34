package trade.indicator;

/**
 * One exponential smoothing mechanism for every EMA-like building block of indicators.md §2: the
 * first {@code seedBars} inputs are averaged into the seed, then each input gives
 * {@code alpha*x + (1-alpha)*prev} (this operation order is what the golden values need).
 * <ul>
 *   <li>EMA_sma(n): alpha 2/(n+1), seed = SMA of the first n inputs;</li>
 *   <li>EMA_first(n): alpha 2/(n+1), seeded by the first input;</li>
 *   <li>RMA(n) (Wilder): alpha 1/n, seeded by the first input;</li>
 *   <li>ATR smoothing: alpha 1/n, seed = SMA of the first n inputs (n-1 for ADX's ATR, which
 *       skips the first bar's range);</li>
 *   <li>zlma and tsi: alpha 2/(n+1), seed = SMA of fewer than n inputs (pandas_ta's seed window
 *       starts with NaNs).</li>
 * </ul>
 */
final class ExponentialAverage implements MovingAverage {
    private final double alpha;
    private final double keep;
    private final int seedBars;
    private int count;
    private double seedSum;
    private double value = Double.NaN;

    private ExponentialAverage(double alpha, int seedBars) {
        if (seedBars < 1) throw new IllegalArgumentException("seed bars must be >= 1, was " + seedBars);
        this.alpha = alpha;
        this.keep = 1 - alpha;
        this.seedBars = seedBars;
    }

    static ExponentialAverage smaSeeded(int length) { return new ExponentialAverage(2.0 / (length + 1), length); }

    static ExponentialAverage firstSeeded(int length) { return new ExponentialAverage(2.0 / (length + 1), 1); }

    static ExponentialAverage wilder(int length) { return new ExponentialAverage(1.0 / length, 1); }

    static ExponentialAverage wilderSmaSeeded(int length) { return new ExponentialAverage(1.0 / length, length); }

    static ExponentialAverage wilderSeededOver(int length, int seedBars) { return new ExponentialAverage(1.0 / length, seedBars); }

    static ExponentialAverage smaSeededOver(int length, int seedBars) { return new ExponentialAverage(2.0 / (length + 1), seedBars); }

    @Override
    public void update(double x) {
        count++;
        if (count < seedBars) {
            seedSum += x;
        } else if (count == seedBars) {
            seedSum += x;
            value = seedSum / seedBars;
        } else {
            value = alpha * x + keep * value;
        }
    }

    @Override
    public boolean isReady() { return count >= seedBars; }

    /** NaN until the seed is complete. */
    @Override
    public double value() { return value; }

    @Override
    public void reset() {
        count = 0;
        seedSum = 0;
        value = Double.NaN;
    }
}

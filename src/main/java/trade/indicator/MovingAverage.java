package trade.indicator;

/**
 * A smoothing of one series that indicators compose (the EMAs of {@link ExponentialAverage} and the
 * simple mean of {@link RollingSums}), so that an indicator built from averages takes them as data.
 */
interface MovingAverage {
    void update(double x);

    boolean isReady();

    /** NaN until ready. */
    double value();

    void reset();
}

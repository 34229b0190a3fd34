package trade.indicator;

/**
 * A running total with Neumaier's compensation: the rounding of every addition is kept aside and
 * added back when read, so a total that only grows (a session's volume) stays within a few ulps
 * after any number of bars.
 */
final class CompensatedSum {
    private double sum;
    private double error;

    void add(double x) {
        double t = sum + x;
        error += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    double value() { return sum + error; }

    void clear() {
        sum = 0;
        error = 0;
    }
}

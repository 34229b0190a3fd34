package trade.indicator;

/**
 * session_levels (indicators.md §4.47): high and low of the current and previous UTC day and of the
 * previous Monday-based UTC week, from the bar's open time. The first, possibly partial, day and
 * week roll into "previous" like any other. Without an open time only the current-day extremes
 * move. Outputs: prev_day_high, prev_day_low, current_day_high, current_day_low, prev_week_high,
 * prev_week_low.
 */
final class SessionLevels implements AnchoredIndicator {
    static final int PREV_DAY_HIGH = 0, PREV_DAY_LOW = 1, CURRENT_DAY_HIGH = 2, CURRENT_DAY_LOW = 3,
            PREV_WEEK_HIGH = 4, PREV_WEEK_LOW = 5;

    private final BarAnchors anchors = new BarAnchors();
    private final PeriodRange day = new PeriodRange(CalendarPeriod.DAY);
    private final PeriodRange week = new PeriodRange(CalendarPeriod.WEEK);

    @Override
    public void anchor(long barOpenTime, long highVersion, long lowVersion, long pairVersion, int pairDirection) {
        anchors.set(barOpenTime, highVersion, lowVersion, pairVersion, pairDirection);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        boolean timed = anchors.hasTime();
        long time = anchors.openTime;
        anchors.clear();
        if (Double.isNaN(high) || Double.isNaN(low)) return;
        if (!timed) {
            day.extend(high, low);
            return;
        }
        day.add(time, high, low);
        week.add(time, high, low);
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case PREV_DAY_HIGH -> day.previousHigh;
            case PREV_DAY_LOW -> day.previousLow;
            case CURRENT_DAY_HIGH -> day.currentHigh;
            case CURRENT_DAY_LOW -> day.currentLow;
            case PREV_WEEK_HIGH -> week.previousHigh;
            case PREV_WEEK_LOW -> week.previousLow;
            default -> throw new IndexOutOfBoundsException("session_levels has 6 outputs, asked for " + index);
        };
    }

    @Override
    public boolean isReady() { return !Double.isNaN(day.previousHigh); }

    @Override
    public void reset() {
        anchors.clear();
        day.reset();
        week.reset();
    }

    /** Extremes of the current and the previous period. */
    private static final class PeriodRange {
        private final CalendarPeriod period;
        private long current;
        double currentHigh, currentLow, previousHigh, previousLow;

        PeriodRange(CalendarPeriod period) {
            this.period = period;
            reset();
        }

        void add(long time, double high, double low) {
            long p = period.indexOf(time);
            if (p == current) {
                extend(high, low);
                return;
            }
            if (current != Long.MIN_VALUE) {
                previousHigh = currentHigh;
                previousLow = currentLow;
            }
            current = p;
            currentHigh = high;
            currentLow = low;
        }

        void extend(double high, double low) {
            currentHigh = Double.isNaN(currentHigh) ? high : Math.max(currentHigh, high);
            currentLow = Double.isNaN(currentLow) ? low : Math.min(currentLow, low);
        }

        void reset() {
            current = Long.MIN_VALUE;
            currentHigh = currentLow = previousHigh = previousLow = Double.NaN;
        }
    }
}

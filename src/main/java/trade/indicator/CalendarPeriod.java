package trade.indicator;

/**
 * UTC calendar periods that anchor vwap and session_levels (indicators.md §4.11, §4.47), numbered
 * so that two times share a period exactly when they share the number. Plain integer arithmetic:
 * no time objects on the per-bar path.
 */
enum CalendarPeriod {
    DAY, WEEK, MONTH;

    private static final long DAY_MS = 86_400_000L;

    long indexOf(long epochMs) {
        return switch (this) {
            case DAY -> Math.floorDiv(epochMs, DAY_MS);
            // 1970-01-01 was a Thursday: shifting by three days makes weeks start on Monday 00:00
            case WEEK -> Math.floorDiv(epochMs + 3 * DAY_MS, 7 * DAY_MS);
            case MONTH -> monthIndex(Math.floorDiv(epochMs, DAY_MS));
        };
    }

    /** year·12 + month−1 of a day count since 1970-01-01 (H. Hinnant's civil-from-days). */
    private static long monthIndex(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 12 + month - 1;
    }

    static CalendarPeriod ofAnchor(String anchor) {
        return switch (anchor) {
            case "D" -> DAY;
            case "W" -> WEEK;
            case "M" -> MONTH;
            default -> throw new IllegalArgumentException("vwap anchor must be D, W or M, was " + anchor);
        };
    }
}

package trade.indicator;

/**
 * An indicator that restarts at anchors its bar's prices do not show (indicators.md §1.3, §1.7): a
 * calendar boundary of the bar's open time (vwap, session_levels) or a new swing pivot or pair on
 * its timeframe (anchored_vwap, anchored_volume_profile). The engine calls {@link #anchor} right
 * before each {@link #update}, after that bar's structures have updated; what it passes applies to
 * that one update. An update without it is a bar with no time and no swing: no reset happens.
 * Swing state comes in as plain numbers because indicators may not depend on structures.
 */
public interface AnchoredIndicator extends Indicator {
    /** No open time known. */
    long NO_TIME = Long.MIN_VALUE;
    /** No swing structure on the timeframe. */
    long NO_VERSION = -1;
    int BEARISH = -1, NO_PAIR = 0, BULLISH = 1;

    /**
     * @param barOpenTime the bar's open time, UTC epoch ms, or {@link #NO_TIME}
     * @param highVersion count of swing highs confirmed so far, or {@link #NO_VERSION}
     * @param lowVersion count of swing lows confirmed so far, or {@link #NO_VERSION}
     * @param pairVersion count of completed swing pairs, or {@link #NO_VERSION}
     * @param pairDirection direction of the latest pair: {@link #BULLISH} (low then high),
     *                      {@link #BEARISH} (high then low) or {@link #NO_PAIR}
     */
    void anchor(long barOpenTime, long highVersion, long lowVersion, long pairVersion, int pairDirection);
}

package trade.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Joins accepted pivots into the most recent completed high/low pair (structures.md §3.1).
 * A pending pivot is replaced unconditionally by a newer pivot of the same type, so the pair always
 * spans the two latest opposite pivots; this is unlike Gate 2, which keeps the more extreme level.
 */
final class PivotPairing {
    static final int NO_DIRECTION = 0;
    static final int BULLISH = 1;
    static final int BEARISH = 2;

    private static final int AWAITING_FIRST = 0;
    private static final int GOT_HIGH = 1;
    private static final int GOT_LOW = 2;

    private int state;
    private double pendingLevel;
    private int pendingIdx;

    double highLevel;
    int highIdx;
    double lowLevel;
    int lowIdx;
    int direction;
    int version;
    // The hash is only needed for display and fibonacci; computing it lazily keeps update allocation-free.
    private String hash;

    PivotPairing() { reset(); }

    void reset() {
        state = AWAITING_FIRST;
        pendingLevel = Double.NaN;
        pendingIdx = -1;
        highLevel = Double.NaN;
        highIdx = -1;
        lowLevel = Double.NaN;
        lowIdx = -1;
        direction = NO_DIRECTION;
        version = 0;
        hash = "";
    }

    void onHigh(double level, int idx) {
        if (state == GOT_LOW) complete(level, idx, pendingLevel, pendingIdx, BULLISH);
        pendingLevel = level;
        pendingIdx = idx;
        state = GOT_HIGH;
    }

    void onLow(double level, int idx) {
        if (state == GOT_HIGH) complete(pendingLevel, pendingIdx, level, idx, BEARISH);
        pendingLevel = level;
        pendingIdx = idx;
        state = GOT_LOW;
    }

    private void complete(double hLevel, int hIdx, double lLevel, int lIdx, int dir) {
        highLevel = hLevel;
        highIdx = hIdx;
        lowLevel = lLevel;
        lowIdx = lIdx;
        direction = dir;
        version++;
        hash = null;
    }

    /** §1.8: BLAKE2b (8-byte digest) of "{high_idx}|{high_level:.8f}|{low_idx}|{low_level:.8f}|{direction}". */
    String anchorHash() {
        if (hash == null) {
            String text = highIdx + "|" + fixed8(highLevel) + "|" + lowIdx + "|" + fixed8(lowLevel) + "|"
                    + (direction == BULLISH ? "bullish" : "bearish");
            hash = Blake2b.hex(text.getBytes(StandardCharsets.UTF_8), 8);
        }
        return hash;
    }

    /** Python's "%.8f" rounds the exact binary value half-even; String.format would round the decimal text. */
    static String fixed8(double value) {
        return new BigDecimal(value).setScale(8, RoundingMode.HALF_EVEN).toPlainString();
    }
}

package trade.structure;

import java.util.List;
import java.util.function.DoubleSupplier;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * Swing pivots (structures.md §3.1). Fractal mode confirms a pivot {@code right} bars after it, when
 * its high (low) is strictly above (below) every other bar of the window; ATR-zigzag mode confirms
 * the running extreme once price reverses by {@code atr_multiplier} ATR. Accepted pivots pass two
 * optional gates and feed the pair state machine. Significance is measured only when an ATR is wired.
 */
final class SwingDetector implements Structure {
    static final int HIGH_LEVEL = 0, HIGH_IDX = 1, LOW_LEVEL = 2, LOW_IDX = 3, VERSION = 4,
            HIGH_VERSION = 5, LOW_VERSION = 6, LAST_PIVOT_IDX = 7, LAST_PIVOT_TYPE = 8,
            HIGH_SIGNIFICANCE = 9, LOW_SIGNIFICANCE = 10, HIGH_IS_MAJOR = 11, LOW_IS_MAJOR = 12,
            HIGH_ACCEPTED = 13, LOW_ACCEPTED = 14, HIGH_REPLACED_PENDING = 15, LOW_REPLACED_PENDING = 16,
            PAIR_HIGH_LEVEL = 17, PAIR_HIGH_IDX = 18, PAIR_LOW_LEVEL = 19, PAIR_LOW_IDX = 20,
            PAIR_DIRECTION = 21, PAIR_VERSION = 22, PAIR_ANCHOR_HASH = 23;

    static final List<OutputSpec> OUTPUTS = List.of(
            OutputSpec.of("high_level", ValueType.FLOAT), OutputSpec.of("high_idx", ValueType.INT),
            OutputSpec.of("low_level", ValueType.FLOAT), OutputSpec.of("low_idx", ValueType.INT),
            OutputSpec.of("version", ValueType.INT), OutputSpec.of("high_version", ValueType.INT),
            OutputSpec.of("low_version", ValueType.INT), OutputSpec.of("last_confirmed_pivot_idx", ValueType.INT),
            OutputSpec.enumOf("last_confirmed_pivot_type", "", "high", "low"),
            OutputSpec.of("high_significance", ValueType.FLOAT), OutputSpec.of("low_significance", ValueType.FLOAT),
            OutputSpec.of("high_is_major", ValueType.BOOL), OutputSpec.of("low_is_major", ValueType.BOOL),
            OutputSpec.of("high_accepted", ValueType.BOOL), OutputSpec.of("low_accepted", ValueType.BOOL),
            OutputSpec.of("high_replaced_pending", ValueType.BOOL), OutputSpec.of("low_replaced_pending", ValueType.BOOL),
            OutputSpec.of("pair_high_level", ValueType.FLOAT), OutputSpec.of("pair_high_idx", ValueType.INT),
            OutputSpec.of("pair_low_level", ValueType.FLOAT), OutputSpec.of("pair_low_idx", ValueType.INT),
            OutputSpec.enumOf("pair_direction", "", "bullish", "bearish"),
            OutputSpec.of("pair_version", ValueType.INT),
            // Opaque: the domain cannot list hashes, so the code only says whether one exists;
            // the text is read through pairAnchorHash().
            OutputSpec.enumOf("pair_anchor_hash", "", "set"));

    // Per-type state lives in two-element arrays indexed by HIGH / LOW, which keeps the high and low
    // paths one piece of code.
    private static final int HIGH = 0, LOW = 1, NONE = -1;

    private final boolean zigzag;
    private final int left, right, window;
    private final double majorThreshold, minAtrMove, minPctMove, atrMultiplier;
    private final boolean strictAlternation;
    private final DoubleSupplier atrSource;

    private final double[] highs, lows; // fractal window, ring-indexed by bar count
    private int count;

    private final double[] level = new double[2], significance = new double[2], prevAccepted = new double[2];
    private final int[] idx = new int[2], typeVersion = new int[2];
    private final boolean[] major = new boolean[2], accepted = new boolean[2], replacedPending = new boolean[2];
    private int version, lastPivotIdx, lastPivotType;
    private int gateLastType;
    private double gatePendingLevel;

    private boolean zigStarted;
    private int zigDirection, zigExtremeIdx;
    private double zigExtreme;

    private final PivotPairing pairing = new PivotPairing();

    SwingDetector(Params p, DoubleSupplier atr) {
        zigzag = p.text("mode").equals("atr_zigzag");
        left = zigzag ? 0 : p.integer("left");
        right = zigzag ? 0 : p.integer("right");
        window = left + right + 1;
        majorThreshold = p.number("major_threshold");
        minAtrMove = p.number("min_atr_move");
        minPctMove = p.number("min_pct_move");
        atrMultiplier = p.number("atr_multiplier");
        strictAlternation = p.bool("strict_alternation");
        if (zigzag && atr == null) throw new IllegalArgumentException("swing in atr_zigzag mode needs an ATR");
        atrSource = atr;
        highs = new double[window];
        lows = new double[window];
        reset();
    }

    @Override
    public void reset() {
        count = 0;
        for (int t = HIGH; t <= LOW; t++) {
            level[t] = Double.NaN;
            significance[t] = Double.NaN;
            prevAccepted[t] = Double.NaN;
            idx[t] = -1;
            typeVersion[t] = 0;
            major[t] = accepted[t] = replacedPending[t] = false;
        }
        version = 0;
        lastPivotIdx = -1;
        lastPivotType = NONE;
        gateLastType = NONE;
        gatePendingLevel = Double.NaN;
        zigStarted = false;
        zigDirection = 0;
        zigExtreme = Double.NaN;
        zigExtremeIdx = -1;
        pairing.reset();
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        for (int t = HIGH; t <= LOW; t++) accepted[t] = replacedPending[t] = false;
        double atr = atrSource == null ? Double.NaN : atrSource.getAsDouble();
        if (!Double.isFinite(atr)) atr = Double.NaN;
        if (zigzag) zigzag(barIndex, high, low, atr);
        else fractal(barIndex, high, low, atr);
        // Pairing sees high before low, so an outside bar completes its pairs in that order too.
        if (accepted[HIGH]) pairing.onHigh(level[HIGH], idx[HIGH]);
        if (accepted[LOW]) pairing.onLow(level[LOW], idx[LOW]);
    }

    private void fractal(int barIndex, double high, double low, double atr) {
        highs[count % window] = high;
        lows[count % window] = low;
        count++;
        if (count < window) return;
        // The oldest kept bar sits at count % window; the candidate is `left` bars after it.
        int oldest = count % window;
        int candidate = (oldest + left) % window;
        boolean isHigh = true, isLow = true;
        for (int k = 0; k < window; k++) {
            if (k == candidate) continue;
            if (highs[k] >= highs[candidate]) isHigh = false;
            if (lows[k] <= lows[candidate]) isLow = false;
        }
        int pivotBar = barIndex - right;
        if (isHigh) tryAccept(HIGH, highs[candidate], pivotBar, atr);
        if (isLow) tryAccept(LOW, lows[candidate], pivotBar, atr);
    }

    private void zigzag(int barIndex, double high, double low, double atr) {
        if (Double.isNaN(atr) || atr <= 0) return; // the bar is ignored entirely, as in the original
        double threshold = atr * atrMultiplier;
        if (!zigStarted) {
            zigStarted = true;
            zigDirection = 1;
            zigExtreme = high;
            zigExtremeIdx = barIndex;
            return;
        }
        if (zigDirection == 1) {
            if (high > zigExtreme) { zigExtreme = high; zigExtremeIdx = barIndex; }
            if (low < zigExtreme - threshold) {
                tryAccept(HIGH, zigExtreme, zigExtremeIdx, atr);
                zigDirection = -1; // switch even when the pivot was rejected by a gate
                zigExtreme = low;
                zigExtremeIdx = barIndex;
            }
        } else {
            if (low < zigExtreme) { zigExtreme = low; zigExtremeIdx = barIndex; }
            if (high > zigExtreme + threshold) {
                tryAccept(LOW, zigExtreme, zigExtremeIdx, atr);
                zigDirection = 1;
                zigExtreme = high;
                zigExtremeIdx = barIndex;
            }
        }
    }

    private void tryAccept(int type, double lvl, int pivotBar, double atr) {
        if (!passesMinimumMove(type, lvl, atr)) return;
        boolean replaced = false;
        if (strictAlternation) {
            if (gateLastType == type) {
                boolean moreExtreme = type == HIGH ? lvl > gatePendingLevel : lvl < gatePendingLevel;
                if (!moreExtreme) return;
                replaced = true;
            }
            gateLastType = type;
            gatePendingLevel = lvl;
        }
        double prev = prevAccepted[type];
        double sig = Double.isNaN(atr) || atr <= 0 || Double.isNaN(prev) ? Double.NaN : Math.abs(lvl - prev) / atr;
        significance[type] = sig;
        major[type] = !Double.isNaN(sig) && sig >= majorThreshold;
        level[type] = lvl;
        idx[type] = pivotBar;
        version++;
        typeVersion[type]++;
        lastPivotIdx = pivotBar;
        lastPivotType = type;
        prevAccepted[type] = lvl;
        accepted[type] = true;
        replacedPending[type] = replaced;
    }

    /** Gate 1: a minimum distance from the previous accepted pivot of the same type; 0 disables a filter. */
    private boolean passesMinimumMove(int type, double lvl, double atr) {
        if (minAtrMove <= 0 && minPctMove <= 0) return true;
        double prev = prevAccepted[type];
        if (Double.isNaN(prev)) return true;
        double move = Math.abs(lvl - prev);
        if (minAtrMove > 0 && !Double.isNaN(atr) && atr > 0 && move < atr * minAtrMove) return false;
        return !(minPctMove > 0 && prev != 0 && move / prev * 100 < minPctMove);
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case HIGH_LEVEL -> level[HIGH];
            case HIGH_IDX -> idx[HIGH];
            case LOW_LEVEL -> level[LOW];
            case LOW_IDX -> idx[LOW];
            case VERSION -> version;
            case HIGH_VERSION -> typeVersion[HIGH];
            case LOW_VERSION -> typeVersion[LOW];
            case LAST_PIVOT_IDX -> lastPivotIdx;
            case LAST_PIVOT_TYPE -> lastPivotType + 1; // NONE → "", HIGH → "high", LOW → "low"
            case HIGH_SIGNIFICANCE -> significance[HIGH];
            case LOW_SIGNIFICANCE -> significance[LOW];
            case HIGH_IS_MAJOR -> flag(major[HIGH]);
            case LOW_IS_MAJOR -> flag(major[LOW]);
            case HIGH_ACCEPTED -> flag(accepted[HIGH]);
            case LOW_ACCEPTED -> flag(accepted[LOW]);
            case HIGH_REPLACED_PENDING -> flag(replacedPending[HIGH]);
            case LOW_REPLACED_PENDING -> flag(replacedPending[LOW]);
            case PAIR_HIGH_LEVEL -> pairing.highLevel;
            case PAIR_HIGH_IDX -> pairing.highIdx;
            case PAIR_LOW_LEVEL -> pairing.lowLevel;
            case PAIR_LOW_IDX -> pairing.lowIdx;
            case PAIR_DIRECTION -> pairing.direction;
            case PAIR_VERSION -> pairing.version;
            case PAIR_ANCHOR_HASH -> pairing.version == 0 ? 0 : 1;
            default -> throw new IndexOutOfBoundsException("swing has no output " + index);
        };
    }

    /** §1.8 text of the latest completed pair's hash, "" before the first pair. */
    String pairAnchorHash() { return pairing.version == 0 ? "" : pairing.anchorHash(); }

    static double flag(boolean b) { return b ? 1.0 : 0.0; }
}

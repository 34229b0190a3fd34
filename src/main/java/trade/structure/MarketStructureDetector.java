package trade.structure;

import java.util.List;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * Break of structure and change of character (structures.md §3.4). A new swing arms a break level
 * once; a BOS consumes it and pins the CHoCH anchor to the opposite swing current at that moment,
 * so later swings never move the anchor. In ranging state only a BOS can fire, and it sets the bias.
 */
final class MarketStructureDetector implements Structure {
    static final int BIAS = 0, BOS_THIS_BAR = 1, CHOCH_THIS_BAR = 2, BOS_DIRECTION = 3, CHOCH_DIRECTION = 4,
            LAST_BOS_IDX = 5, LAST_BOS_LEVEL = 6, LAST_CHOCH_IDX = 7, LAST_CHOCH_LEVEL = 8,
            BREAK_LEVEL_HIGH = 9, BREAK_LEVEL_LOW = 10, VERSION = 11;

    static final List<OutputSpec> OUTPUTS = List.of(
            OutputSpec.of("bias", ValueType.INT), OutputSpec.of("bos_this_bar", ValueType.BOOL),
            OutputSpec.of("choch_this_bar", ValueType.BOOL),
            OutputSpec.enumOf("bos_direction", "none", "bullish", "bearish"),
            OutputSpec.enumOf("choch_direction", "none", "bullish", "bearish"),
            OutputSpec.of("last_bos_idx", ValueType.INT), OutputSpec.of("last_bos_level", ValueType.FLOAT),
            OutputSpec.of("last_choch_idx", ValueType.INT), OutputSpec.of("last_choch_level", ValueType.FLOAT),
            OutputSpec.of("break_level_high", ValueType.FLOAT), OutputSpec.of("break_level_low", ValueType.FLOAT),
            OutputSpec.of("version", ValueType.INT));

    private static final int NONE = 0, BULLISH = 1, BEARISH = 2;

    private final SwingDetector swing;
    private final boolean confirmationClose;

    private int bias, bosDirection, chochDirection, lastBosIdx, lastChochIdx, version;
    private boolean bosThisBar, chochThisBar;
    private double lastBosLevel, lastChochLevel, breakLevelHigh, breakLevelLow;
    private int lastHighIdx, lastLowIdx, brokenHighIdx, brokenLowIdx, chochAnchorIdx;
    private double prevSwingHigh, prevSwingLow, chochAnchorLevel;

    MarketStructureDetector(Params p, SwingDetector swing) {
        this.swing = swing;
        confirmationClose = p.bool("confirmation_close");
        reset();
    }

    @Override
    public void reset() {
        bias = bosDirection = chochDirection = version = 0;
        lastBosIdx = lastChochIdx = -1;
        bosThisBar = chochThisBar = false;
        lastBosLevel = lastChochLevel = breakLevelHigh = breakLevelLow = Double.NaN;
        lastHighIdx = lastLowIdx = brokenHighIdx = brokenLowIdx = chochAnchorIdx = -1;
        prevSwingHigh = prevSwingLow = chochAnchorLevel = Double.NaN;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        bosThisBar = chochThisBar = false;
        int hi = (int) swing.output(SwingDetector.HIGH_IDX);
        if (hi != lastHighIdx && hi >= 0) {
            prevSwingHigh = swing.output(SwingDetector.HIGH_LEVEL);
            lastHighIdx = hi;
            if (!Double.isNaN(prevSwingHigh) && lastHighIdx > brokenHighIdx) breakLevelHigh = prevSwingHigh;
        }
        int lo = (int) swing.output(SwingDetector.LOW_IDX);
        if (lo != lastLowIdx && lo >= 0) {
            prevSwingLow = swing.output(SwingDetector.LOW_LEVEL);
            lastLowIdx = lo;
            if (!Double.isNaN(prevSwingLow) && lastLowIdx > brokenLowIdx) breakLevelLow = prevSwingLow;
        }
        double up = confirmationClose ? close : high;
        double down = confirmationClose ? close : low;
        // NaN comparisons are false, so an unset level or anchor can never break.
        if (bias == 1) {
            if (down < chochAnchorLevel) chochBearish(barIndex);
            else if (up > breakLevelHigh) bosBullish(barIndex);
        } else if (bias == -1) {
            if (up > chochAnchorLevel) chochBullish(barIndex);
            else if (down < breakLevelLow) bosBearish(barIndex);
        } else {
            if (up > breakLevelHigh) { bosBullish(barIndex); bias = 1; }
            else if (down < breakLevelLow) { bosBearish(barIndex); bias = -1; }
        }
    }

    private void bosBullish(int barIndex) {
        bosThisBar = true;
        lastBosIdx = barIndex;
        lastBosLevel = breakLevelHigh;
        bosDirection = BULLISH;
        version++;
        brokenHighIdx = lastHighIdx;
        breakLevelHigh = Double.NaN;
        if (!Double.isNaN(prevSwingLow)) { chochAnchorLevel = prevSwingLow; chochAnchorIdx = lastLowIdx; }
    }

    private void bosBearish(int barIndex) {
        bosThisBar = true;
        lastBosIdx = barIndex;
        lastBosLevel = breakLevelLow;
        bosDirection = BEARISH;
        version++;
        brokenLowIdx = lastLowIdx;
        breakLevelLow = Double.NaN;
        if (!Double.isNaN(prevSwingHigh)) { chochAnchorLevel = prevSwingHigh; chochAnchorIdx = lastHighIdx; }
    }

    private void chochBearish(int barIndex) {
        chochThisBar = true;
        lastChochIdx = barIndex;
        lastChochLevel = chochAnchorLevel;
        chochDirection = BEARISH;
        bias = -1;
        version++;
        brokenLowIdx = chochAnchorIdx;
        breakLevelLow = Double.NaN;
        chochAnchorLevel = Double.NaN;
        chochAnchorIdx = -1;
    }

    private void chochBullish(int barIndex) {
        chochThisBar = true;
        lastChochIdx = barIndex;
        lastChochLevel = chochAnchorLevel;
        chochDirection = BULLISH;
        bias = 1;
        version++;
        brokenHighIdx = chochAnchorIdx;
        breakLevelHigh = Double.NaN;
        chochAnchorLevel = Double.NaN;
        chochAnchorIdx = -1;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case BIAS -> bias;
            case BOS_THIS_BAR -> SwingDetector.flag(bosThisBar);
            case CHOCH_THIS_BAR -> SwingDetector.flag(chochThisBar);
            case BOS_DIRECTION -> bosDirection;
            case CHOCH_DIRECTION -> chochDirection;
            case LAST_BOS_IDX -> lastBosIdx;
            case LAST_BOS_LEVEL -> lastBosLevel;
            case LAST_CHOCH_IDX -> lastChochIdx;
            case LAST_CHOCH_LEVEL -> lastChochLevel;
            case BREAK_LEVEL_HIGH -> breakLevelHigh;
            case BREAK_LEVEL_LOW -> breakLevelLow;
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("market_structure has no output " + index);
        };
    }
}

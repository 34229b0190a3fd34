package trade.structure;

import java.util.List;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * Wave-based trend (structures.md §3.3). A wave joins the pending pivot to the next pivot of the
 * opposite type; only the wave's end is compared with the previous swing level of its kind. The
 * direction comes from the last two waves (HH/HL up, LH/LL down) and strength from whether the
 * previous wave pair agreed.
 */
final class TrendDetector implements Structure {
    static final int DIRECTION = 0, STRENGTH = 1, BARS_IN_TREND = 2, WAVE_COUNT = 3, LAST_WAVE_DIRECTION = 4,
            LAST_HH = 5, LAST_HL = 6, LAST_LH = 7, LAST_LL = 8, VERSION = 9;

    static final List<OutputSpec> OUTPUTS = List.of(
            OutputSpec.of("direction", ValueType.INT), OutputSpec.of("strength", ValueType.INT),
            OutputSpec.of("bars_in_trend", ValueType.INT), OutputSpec.of("wave_count", ValueType.INT),
            OutputSpec.enumOf("last_wave_direction", "none", "bullish", "bearish"),
            OutputSpec.of("last_hh", ValueType.BOOL), OutputSpec.of("last_hl", ValueType.BOOL),
            OutputSpec.of("last_lh", ValueType.BOOL), OutputSpec.of("last_ll", ValueType.BOOL),
            OutputSpec.of("version", ValueType.INT));

    private static final int NO_PIVOT = -1, HIGH = 0, LOW = 1;
    private static final int WAVE_NONE = 0, WAVE_BULLISH = 1, WAVE_BEARISH = 2;

    private final SwingDetector swing;
    private final int capacity;
    // Wave history as a ring of flags; a bullish wave carries hh/lh, a bearish one hl/ll.
    private final boolean[] waveBullish, waveHH, waveLH, waveHL, waveLL;
    private int waveStart, waveSize;

    private int lastHighIdx, lastLowIdx;
    private double prevHigh, prevLow;
    private int pendingType;
    private double pendingLevel;

    private int direction, strength, barsInTrend, waveCount, lastWaveDirection, version;
    private boolean lastHH, lastHL, lastLH, lastLL;

    TrendDetector(Params p, SwingDetector swing) {
        this.swing = swing;
        capacity = p.integer("wave_history_size");
        waveBullish = new boolean[capacity];
        waveHH = new boolean[capacity];
        waveLH = new boolean[capacity];
        waveHL = new boolean[capacity];
        waveLL = new boolean[capacity];
        reset();
    }

    @Override
    public void reset() {
        waveStart = waveSize = 0;
        lastHighIdx = lastLowIdx = -1;
        prevHigh = prevLow = Double.NaN;
        pendingType = NO_PIVOT;
        pendingLevel = Double.NaN;
        direction = strength = barsInTrend = waveCount = version = 0;
        lastWaveDirection = WAVE_NONE;
        lastHH = lastHL = lastLH = lastLL = false;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        int hi = (int) swing.output(SwingDetector.HIGH_IDX);
        int lo = (int) swing.output(SwingDetector.LOW_IDX);
        boolean highChanged = hi != lastHighIdx && hi >= 0;
        boolean lowChanged = lo != lastLowIdx && lo >= 0;
        if (!highChanged && !lowChanged) {
            barsInTrend++;
            return;
        }
        double highLevel = swing.output(SwingDetector.HIGH_LEVEL);
        double lowLevel = swing.output(SwingDetector.LOW_LEVEL);
        // Chronological order when both changed; a stable sort keeps the high first on a tie.
        if (highChanged && lowChanged && lo < hi) {
            process(LOW, lowLevel);
            process(HIGH, highLevel);
        } else {
            if (highChanged) process(HIGH, highLevel);
            if (lowChanged) process(LOW, lowLevel);
        }
        if (highChanged) { prevHigh = highLevel; lastHighIdx = hi; }
        if (lowChanged) { prevLow = lowLevel; lastLowIdx = lo; }
    }

    private void process(int type, double lvl) {
        if (pendingType == NO_PIVOT) {
            pendingType = type;
            pendingLevel = lvl;
            return;
        }
        if (type == pendingType) {
            // Without strict alternation two highs can follow each other: keep the more extreme one.
            if (type == HIGH ? lvl >= pendingLevel : lvl <= pendingLevel) pendingLevel = lvl;
            return;
        }
        boolean bullish = type == HIGH;
        int slot = push();
        waveBullish[slot] = bullish;
        waveHH[slot] = waveLH[slot] = waveHL[slot] = waveLL[slot] = false;
        if (bullish && !Double.isNaN(prevHigh)) {
            waveHH[slot] = lvl > prevHigh;
            waveLH[slot] = lvl < prevHigh;
            lastHH = waveHH[slot];
            lastLH = waveLH[slot];
        } else if (!bullish && !Double.isNaN(prevLow)) {
            waveLL[slot] = lvl < prevLow;
            waveHL[slot] = lvl > prevLow;
            lastLL = waveLL[slot];
            lastHL = waveHL[slot];
        }
        lastWaveDirection = bullish ? WAVE_BULLISH : WAVE_BEARISH;
        pendingType = type;
        pendingLevel = lvl;
        classify();
    }

    private int push() {
        if (waveSize < capacity) return (waveStart + waveSize++) % capacity;
        int slot = waveStart;
        waveStart = (waveStart + 1) % capacity;
        return slot;
    }

    /** Ring slot of the wave at logical position i (0 = oldest kept). */
    private int wave(int i) { return (waveStart + i) % capacity; }

    private void classify() {
        int dir, str, wc;
        if (waveSize == 1) {
            dir = waveBullish[wave(0)] ? 1 : -1;
            str = 0;
            wc = 1;
        } else {
            int recent = wave(waveSize - 1), prev = wave(waveSize - 2);
            int highWave = waveBullish[recent] ? recent : waveBullish[prev] ? prev : -1;
            int lowWave = !waveBullish[recent] ? recent : !waveBullish[prev] ? prev : -1;
            dir = rule(highWave, lowWave);
            if (dir == 0) {
                str = wc = 0;
            } else {
                int consecutive = 1;
                for (int i = waveSize - 3; i >= 0; i -= 2) {
                    if (classifyPair(wave(i + 1), wave(i)) == dir) consecutive++;
                    else break;
                }
                str = consecutive >= 2 ? 2 : 1;
                wc = consecutive;
            }
        }
        if (dir != direction) {
            direction = dir;
            barsInTrend = 0;
            version++;
        } else {
            barsInTrend++;
        }
        strength = str;
        waveCount = wc;
    }

    /** An earlier pair is judged by the recent wave's direction only, as in the original. */
    private int classifyPair(int recent, int prev) {
        return waveBullish[recent] ? rule(recent, prev) : rule(prev, recent);
    }

    /** The six-rule table; a wave of the wrong kind contributes no flags because its flags stay false. */
    private int rule(int highWave, int lowWave) {
        boolean hh = highWave >= 0 && waveHH[highWave], lh = highWave >= 0 && waveLH[highWave];
        boolean hl = lowWave >= 0 && waveHL[lowWave], ll = lowWave >= 0 && waveLL[lowWave];
        if (hh && hl) return 1;
        if (lh && ll) return -1;
        if (hh && !ll) return 1;
        if (lh && !hl) return -1;
        if (hl && !lh) return 1;
        if (ll && !hh) return -1;
        return 0;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case DIRECTION -> direction;
            case STRENGTH -> strength;
            case BARS_IN_TREND -> barsInTrend;
            case WAVE_COUNT -> waveCount;
            case LAST_WAVE_DIRECTION -> lastWaveDirection;
            case LAST_HH -> SwingDetector.flag(lastHH);
            case LAST_HL -> SwingDetector.flag(lastHL);
            case LAST_LH -> SwingDetector.flag(lastLH);
            case LAST_LL -> SwingDetector.flag(lastLL);
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("trend has no output " + index);
        };
    }
}

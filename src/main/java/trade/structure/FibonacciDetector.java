package trade.structure;

import java.util.List;
import trade.core.Params;

/**
 * Fibonacci levels between two swing anchors (structures.md §3.6). Anchors come from the swing's
 * completed pair (default), from the latest high and low (unpaired, which may invert the range), or
 * from the pair whenever the trend's direction is set (trend mode). Levels are recomputed only when
 * the anchor source changes.
 */
final class FibonacciDetector implements Structure {
    private static final int RETRACEMENT = 0, EXTENSION = 1, EXTENSION_UP = 2, EXTENSION_DOWN = 3;
    private static final int PAIRED = 0, UNPAIRED = 1, TREND = 2;
    private static final int NO_DIRECTION = 0, BULLISH = 1, BEARISH = 2;

    private final SwingDetector swing;
    private final TrendDetector trend;
    private final double[] ratios, levels;
    private final int mode, anchoring;
    // Extra outputs follow the levels: anchor_high, anchor_low, range, anchor_direction, anchor_hash, anchor_trend_direction.
    private final int first;

    private double anchorHigh, anchorLow, range;
    private int anchorDirection, anchorTrendDirection, lastTrendVersion, lastPairVersion, lastHighIdx, lastLowIdx;
    private boolean hashFromPair;

    FibonacciDetector(Params p, SwingDetector swing, TrendDetector trend) {
        this.swing = swing;
        List<Double> given = p.numbers("levels");
        ratios = new double[given.size()];
        for (int i = 0; i < ratios.length; i++) ratios[i] = given.get(i);
        levels = new double[ratios.length];
        first = ratios.length;
        mode = switch (p.text("mode")) {
            case "extension" -> EXTENSION;
            case "extension_up" -> EXTENSION_UP;
            case "extension_down" -> EXTENSION_DOWN;
            default -> RETRACEMENT;
        };
        // The checker rejects paired and trend both given as true; trend wins when only it was set.
        anchoring = p.bool("use_trend_anchor") ? TREND : p.bool("use_paired_anchor") ? PAIRED : UNPAIRED;
        if (anchoring == TREND && trend == null) throw new IllegalArgumentException("fibonacci trend anchoring needs a trend in uses");
        if (mode == EXTENSION && anchoring == UNPAIRED) throw new IllegalArgumentException("fibonacci extension needs paired or trend anchors");
        this.trend = trend;
        reset();
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(levels, Double.NaN);
        anchorHigh = anchorLow = range = Double.NaN;
        anchorDirection = NO_DIRECTION;
        anchorTrendDirection = 0;
        lastTrendVersion = 0;
        lastPairVersion = -1;
        lastHighIdx = lastLowIdx = -1;
        hashFromPair = false;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        int pv = (int) swing.output(SwingDetector.PAIR_VERSION);
        double ph = swing.output(SwingDetector.PAIR_HIGH_LEVEL), pl = swing.output(SwingDetector.PAIR_LOW_LEVEL);
        boolean pairFinite = Double.isFinite(ph) && Double.isFinite(pl);
        switch (anchoring) {
            case TREND -> {
                int tv = (int) trend.output(TrendDetector.VERSION);
                if (tv != lastTrendVersion || pv != lastPairVersion) {
                    int d = (int) trend.output(TrendDetector.DIRECTION);
                    if (d != 0 && pairFinite) {
                        anchorTrendDirection = d;
                        hashFromPair = false;
                        compute(ph, pl, d == 1 ? BULLISH : BEARISH);
                    }
                    // updated even when skipped: a ranging trend freezes the last levels
                    lastTrendVersion = tv;
                    lastPairVersion = pv;
                }
            }
            case PAIRED -> {
                if (pv != lastPairVersion) {
                    if (pairFinite) {
                        hashFromPair = true;
                        compute(ph, pl, (int) swing.output(SwingDetector.PAIR_DIRECTION));
                    }
                    lastPairVersion = pv;
                }
            }
            default -> {
                int hi = (int) swing.output(SwingDetector.HIGH_IDX), lo = (int) swing.output(SwingDetector.LOW_IDX);
                if (hi != lastHighIdx || lo != lastLowIdx) {
                    double h = swing.output(SwingDetector.HIGH_LEVEL), l = swing.output(SwingDetector.LOW_LEVEL);
                    if (Double.isFinite(h) && Double.isFinite(l)) {
                        hashFromPair = false;
                        compute(h, l, NO_DIRECTION);
                    }
                    lastHighIdx = hi;
                    lastLowIdx = lo;
                }
            }
        }
    }

    private void compute(double hi, double lo, int direction) {
        anchorHigh = hi;
        anchorLow = lo;
        range = hi - lo;
        anchorDirection = direction;
        for (int i = 0; i < ratios.length; i++) {
            double r = ratios[i];
            levels[i] = switch (mode) {
                case RETRACEMENT -> hi - range * r;
                case EXTENSION -> direction == BULLISH ? hi + range * r : direction == BEARISH ? lo - range * r : Double.NaN;
                case EXTENSION_UP -> hi + range * r;
                default -> lo - range * r;
            };
        }
    }

    /** §1.8 text of the anchor hash: the swing pair's hash in paired mode, "" otherwise. */
    String anchorHash() { return hashFromPair ? swing.pairAnchorHash() : ""; }

    @Override
    public double output(int index) {
        if (index >= 0 && index < first) return levels[index];
        return switch (index - first) {
            case 0 -> anchorHigh;
            case 1 -> anchorLow;
            case 2 -> range;
            case 3 -> anchorDirection;
            case 4 -> hashFromPair ? 1 : 0;
            case 5 -> anchorTrendDirection;
            default -> throw new IndexOutOfBoundsException("fibonacci has no output " + index);
        };
    }
}

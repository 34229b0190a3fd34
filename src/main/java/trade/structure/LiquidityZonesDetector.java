package trade.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import trade.core.Params;

/**
 * Resting liquidity: clusters of swing highs (or lows) within {@code tolerance_atr} ATR of the
 * newest one (structures.md §3.11). A cluster of at least {@code min_touches} pivots forms a zone
 * at their mean level, or refreshes an active zone already that close; a wick beyond a zone by
 * {@code sweep_atr} ATR sweeps and removes it. Without ATR the bar only refreshes the nearest
 * zones, and new pivots wait for a bar that has one.
 */
final class LiquidityZonesDetector implements Structure {
    static final int NEW_ZONE_THIS_BAR = 0, SWEEP_THIS_BAR = 1, SWEEP_DIRECTION = 2, SWEPT_LEVEL = 3,
            NEAREST_HIGH_LEVEL = 4, NEAREST_LOW_LEVEL = 5, NEAREST_HIGH_TOUCHES = 6, NEAREST_LOW_TOUCHES = 7, VERSION = 8;
    private static final int HIGH = 0, LOW = 1;

    /** A zone of one side; a swept zone is removed at once, so every zone held is active. */
    private static final class Zone {
        final int side;
        double level;
        int touches;

        Zone(int side, double level, int touches) {
            this.side = side;
            this.level = level;
            this.touches = touches;
        }
    }

    private final SwingDetector swing;
    private final DoubleSupplier atrSource;
    private final double toleranceAtr, sweepAtr;
    private final int minTouches, maxActive, history;
    /** Pivot prices per side, ring-indexed by the number of pivots seen. */
    private final double[][] pivots;
    private final int[] pivotCount = new int[2], lastPivotIdx = new int[2];
    private final List<Zone> zones = new ArrayList<>(); // creation order, both sides
    private final Zone[] nearest = new Zone[2];

    private boolean newZone, swept;
    private int sweepDirection, version;
    private double sweptLevel;

    LiquidityZonesDetector(Params p, SwingDetector swing, DoubleSupplier atr) {
        if (atr == null) throw new IllegalArgumentException("liquidity_zones needs an ATR");
        this.swing = swing;
        atrSource = atr;
        toleranceAtr = p.number("tolerance_atr");
        sweepAtr = p.number("sweep_atr");
        minTouches = p.integer("min_touches");
        maxActive = p.integer("max_active");
        history = p.integer("max_swing_history");
        pivots = new double[2][history];
        reset();
    }

    @Override
    public void reset() {
        zones.clear();
        pivotCount[HIGH] = pivotCount[LOW] = 0;
        lastPivotIdx[HIGH] = lastPivotIdx[LOW] = -1;
        nearest[HIGH] = nearest[LOW] = null;
        newZone = swept = false;
        sweepDirection = version = 0;
        sweptLevel = Double.NaN;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        newZone = swept = false;
        sweepDirection = 0;
        sweptLevel = Double.NaN;
        double atr = atrSource.getAsDouble();
        if (Double.isNaN(atr) || atr <= 0) {
            findNearest(close);
            return;
        }
        takePivot(HIGH, SwingDetector.HIGH_IDX, SwingDetector.HIGH_LEVEL, atr);
        takePivot(LOW, SwingDetector.LOW_IDX, SwingDetector.LOW_LEVEL, atr);
        double margin = sweepAtr * atr;
        // index loops: this runs every bar and must not allocate an iterator
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            if (z.side == HIGH ? high > z.level + margin : low < z.level - margin) {
                swept = true;
                sweepDirection = z.side == HIGH ? 1 : -1;
                sweptLevel = z.level;
                version++;
                zones.remove(i--);
            }
        }
        findNearest(close);
    }

    private void takePivot(int side, int idxOutput, int levelOutput, double atr) {
        int idx = (int) swing.output(idxOutput);
        if (idx == lastPivotIdx[side] || idx < 0) return;
        lastPivotIdx[side] = idx;
        double level = swing.output(levelOutput);
        if (!Double.isFinite(level)) return;
        pivots[side][pivotCount[side] % history] = level;
        pivotCount[side]++;
        form(side, atr);
    }

    private void form(int side, double atr) {
        int held = Math.min(pivotCount[side], history);
        if (held < minTouches) return;
        double tolerance = toleranceAtr * atr;
        double newest = pivots[side][(pivotCount[side] - 1) % history];
        // the newest pivot first, then older ones oldest first: the original's summation order
        double sum = newest;
        int members = 1;
        for (int back = held - 1; back >= 1; back--) {
            double price = pivots[side][(pivotCount[side] - 1 - back) % history];
            if (Math.abs(price - newest) <= tolerance) {
                sum += price;
                members++;
            }
        }
        if (members < minTouches) return;
        double level = sum / members;
        for (Zone z : zones) {
            if (z.side == side && Math.abs(z.level - level) <= tolerance) {
                z.touches = members;
                z.level = level;
                return;
            }
        }
        zones.add(new Zone(side, level, members));
        newZone = true;
        version++;
        long ofSide = zones.stream().filter(z -> z.side == side).count();
        for (; ofSide > maxActive; ofSide--) {
            for (int i = 0; i < zones.size(); i++) {
                if (zones.get(i).side == side) { zones.remove(i); break; }
            }
        }
    }

    private void findNearest(double close) {
        nearest[HIGH] = nearest[LOW] = null;
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            Zone best = nearest[z.side];
            // strict: on a tie the older zone stays nearest
            if (best == null || Math.abs(z.level - close) < Math.abs(best.level - close)) nearest[z.side] = z;
        }
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case NEW_ZONE_THIS_BAR -> SwingDetector.flag(newZone);
            case SWEEP_THIS_BAR -> SwingDetector.flag(swept);
            case SWEEP_DIRECTION -> sweepDirection;
            case SWEPT_LEVEL -> sweptLevel;
            case NEAREST_HIGH_LEVEL -> nearest[HIGH] == null ? Double.NaN : nearest[HIGH].level;
            case NEAREST_LOW_LEVEL -> nearest[LOW] == null ? Double.NaN : nearest[LOW].level;
            case NEAREST_HIGH_TOUCHES -> nearest[HIGH] == null ? 0 : nearest[HIGH].touches;
            case NEAREST_LOW_TOUCHES -> nearest[LOW] == null ? 0 : nearest[LOW].touches;
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("liquidity_zones has no output " + index);
        };
    }
}

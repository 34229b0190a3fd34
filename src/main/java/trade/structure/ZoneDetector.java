package trade.structure;

import java.util.function.DoubleSupplier;
import trade.core.Params;

/**
 * One demand or supply zone hung off the latest swing low or high (structures.md §3.5), ATR wide.
 * When ATR is missing at the swing's confirmation the whole update is skipped and retried on the
 * next bar, as the incremental original does (its batch reference would drop the swing instead).
 */
final class ZoneDetector implements Structure {
    static final int STATE = 0, UPPER = 1, LOWER = 2, ANCHOR_IDX = 3, VERSION = 4;
    private static final int NONE = 0, ACTIVE = 1, BROKEN = 2;

    private final SwingDetector swing;
    private final boolean demand;
    private final double widthAtr;
    private final DoubleSupplier atrSource;

    private int state, anchorIdx, version, lastSwingIdx;
    private double upper, lower;

    ZoneDetector(Params p, SwingDetector swing, DoubleSupplier atr) {
        if (atr == null) throw new IllegalArgumentException("zone needs an ATR");
        this.swing = swing;
        demand = p.text("zone_type").equals("demand");
        widthAtr = p.number("width_atr");
        atrSource = atr;
        reset();
    }

    @Override
    public void reset() {
        state = NONE;
        anchorIdx = lastSwingIdx = -1;
        version = 0;
        upper = lower = Double.NaN;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        int idx = (int) swing.output(demand ? SwingDetector.LOW_IDX : SwingDetector.HIGH_IDX);
        if (idx != lastSwingIdx && idx >= 0) {
            double atr = atrSource.getAsDouble();
            if (Double.isNaN(atr)) return;
            double level = swing.output(demand ? SwingDetector.LOW_LEVEL : SwingDetector.HIGH_LEVEL);
            double w = atr * widthAtr;
            lower = demand ? level - w : level;
            upper = demand ? level : level + w;
            state = ACTIVE;
            anchorIdx = idx;
            lastSwingIdx = idx;
            version++;
        }
        if (state == ACTIVE && (demand ? close < lower : close > upper)) {
            state = BROKEN;
            version++;
        }
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case STATE -> state;
            case UPPER -> upper;
            case LOWER -> lower;
            case ANCHOR_IDX -> anchorIdx;
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("zone has no output " + index);
        };
    }
}

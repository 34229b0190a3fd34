package trade.structure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import trade.core.Params;

/**
 * Narrow zones around fibonacci levels of the latest swing pair, kept in K slots newest first
 * (structures.md §3.7). Each new pair (or, unpaired, each new pivot) inserts one zone per ratio at
 * the front and pushes the oldest out; broken zones keep their slot until pushed out. A zone counts
 * a touch on every bar the close is inside it and breaks when the close leaves it by more than
 * {@code break_tolerance_pct}, never on its creation bar. An empty slot's bounds are NaN (the
 * original's null).
 */
final class DerivedZoneDetector implements Structure {
    /** Outputs per slot, in the catalog's order. */
    static final int LOWER = 0, UPPER = 1, STATE = 2, ANCHOR_IDX = 3, AGE_BARS = 4, TOUCHED_THIS_BAR = 5,
            TOUCH_COUNT = 6, LAST_TOUCH_AGE = 7, INSIDE = 8, INSTANCE_ID = 9, PER_SLOT = 10;
    /** Aggregates after the slots, relative to {@code PER_SLOT * K}. */
    static final int ACTIVE_COUNT = 0, ANY_ACTIVE = 1, ANY_TOUCHED = 2, ANY_INSIDE = 3, FIRST_ACTIVE_LOWER = 4,
            FIRST_ACTIVE_UPPER = 5, FIRST_ACTIVE_IDX = 6, NEWEST_ACTIVE_IDX = 7, SOURCE_VERSION = 8;
    private static final int NONE = 0, ACTIVE = 1, BROKEN = 2;

    private final SwingDetector swing;
    private final double[] ratios;
    private final boolean extension, paired;
    private final String modeName;
    private final double widthPct, breakTolerancePct;
    private final int slots;

    private final double[] lower, upper;
    private final int[] state, anchor, age, touches, lastTouchBar;
    private final boolean[] touched, inside;
    private final long[] instanceId;
    private int filled, sourceVersion, currentBar;

    DerivedZoneDetector(Params p, SwingDetector swing) {
        this.swing = swing;
        List<Double> given = p.numbers("levels");
        ratios = given.stream().mapToDouble(Double::doubleValue).toArray();
        modeName = p.text("mode");
        extension = modeName.equals("extension");
        paired = p.bool("use_paired_source");
        widthPct = p.number("width_pct");
        breakTolerancePct = p.number("break_tolerance_pct");
        slots = p.integer("max_active");
        lower = new double[slots];
        upper = new double[slots];
        state = new int[slots];
        anchor = new int[slots];
        age = new int[slots];
        touches = new int[slots];
        lastTouchBar = new int[slots];
        touched = new boolean[slots];
        inside = new boolean[slots];
        instanceId = new long[slots];
        reset();
    }

    @Override
    public void reset() {
        Arrays.fill(lower, Double.NaN);
        Arrays.fill(upper, Double.NaN);
        Arrays.fill(state, NONE);
        Arrays.fill(anchor, -1);
        Arrays.fill(age, -1);
        Arrays.fill(touches, 0);
        Arrays.fill(lastTouchBar, -1);
        Arrays.fill(touched, false);
        Arrays.fill(inside, false);
        Arrays.fill(instanceId, 0);
        filled = sourceVersion = 0;
        currentBar = -1;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        currentBar = barIndex;
        int v = (int) swing.output(paired ? SwingDetector.PAIR_VERSION : SwingDetector.VERSION);
        if (v != sourceVersion) {
            sourceVersion = v;
            regenerate(barIndex);
        }
        if (!Double.isNaN(close)) interact(barIndex, close);
    }

    private void regenerate(int barIndex) {
        double hi = swing.output(paired ? SwingDetector.PAIR_HIGH_LEVEL : SwingDetector.HIGH_LEVEL);
        double lo = swing.output(paired ? SwingDetector.PAIR_LOW_LEVEL : SwingDetector.LOW_LEVEL);
        int hiIdx = (int) swing.output(paired ? SwingDetector.PAIR_HIGH_IDX : SwingDetector.HIGH_IDX);
        int loIdx = (int) swing.output(paired ? SwingDetector.PAIR_LOW_IDX : SwingDetector.LOW_IDX);
        if (Double.isNaN(hi) || Double.isNaN(lo) || hiIdx < 0 || loIdx < 0) return;
        double range = hi - lo;
        if (range <= 0) return;
        for (double r : ratios) {
            // "extension" always projects above the high, whatever the pair's direction
            double centre = extension ? hi + range * r : hi - range * r;
            double w = centre * widthPct;
            pushFront(centre - w / 2, centre + w / 2, barIndex, instanceId(hiIdx, loIdx, r));
        }
    }

    private void pushFront(double bottom, double top, int barIndex, long id) {
        int keep = Math.min(filled, slots - 1);
        NewestFirst.makeRoom(keep, lower, upper, state, anchor, age, touches, lastTouchBar, touched, inside, instanceId);
        lower[0] = bottom;
        upper[0] = top;
        state[0] = ACTIVE;
        anchor[0] = barIndex;
        age[0] = 0;
        touches[0] = 0;
        lastTouchBar[0] = -1;
        touched[0] = inside[0] = false;
        instanceId[0] = id;
        filled = keep + 1;
    }

    /** §1.8: BLAKE2b-32 of the zone's identity, as an unsigned big-endian integer. */
    private long instanceId(int hiIdx, int loIdx, double ratio) {
        String text = "derived_zone|" + sourceVersion + "|" + hiIdx + "|" + loIdx + "|" + (long) Math.rint(ratio * 1_000_000) + "|" + modeName;
        byte[] d = Blake2b.digest(text.getBytes(StandardCharsets.UTF_8), 4);
        return ((d[0] & 0xFFL) << 24) | ((d[1] & 0xFFL) << 16) | ((d[2] & 0xFFL) << 8) | (d[3] & 0xFFL);
    }

    private void interact(int barIndex, double price) {
        for (int i = 0; i < filled; i++) {
            touched[i] = false;
            age[i] = barIndex - anchor[i];
            if (state[i] != ACTIVE) {
                inside[i] = false;
                continue;
            }
            inside[i] = lower[i] <= price && price <= upper[i];
            if (inside[i]) {
                touched[i] = true;
                touches[i]++;
                lastTouchBar[i] = barIndex;
            }
            if (anchor[i] < barIndex
                    && (price < lower[i] * (1 - breakTolerancePct) || price > upper[i] * (1 + breakTolerancePct))) {
                state[i] = BROKEN;
            }
        }
    }

    private int firstActive() {
        for (int i = 0; i < filled; i++) if (state[i] == ACTIVE) return i;
        return -1;
    }

    @Override
    public double output(int index) {
        int aggregates = PER_SLOT * slots;
        if (index >= 0 && index < aggregates) return slot(index / PER_SLOT, index % PER_SLOT);
        return switch (index - aggregates) {
            case ACTIVE_COUNT -> activeCount();
            case ANY_ACTIVE -> SwingDetector.flag(firstActive() >= 0);
            case ANY_TOUCHED -> SwingDetector.flag(any(touched, true));
            case ANY_INSIDE -> SwingDetector.flag(any(inside, false));
            case FIRST_ACTIVE_LOWER -> firstActive() < 0 ? Double.NaN : lower[firstActive()];
            case FIRST_ACTIVE_UPPER -> firstActive() < 0 ? Double.NaN : upper[firstActive()];
            case FIRST_ACTIVE_IDX, NEWEST_ACTIVE_IDX -> firstActive();
            case SOURCE_VERSION -> sourceVersion;
            default -> throw new IndexOutOfBoundsException("derived_zone has no output " + index);
        };
    }

    private double slot(int n, int field) {
        if (n >= filled) {
            return switch (field) {
                case LOWER, UPPER -> Double.NaN;
                case ANCHOR_IDX, AGE_BARS, LAST_TOUCH_AGE -> -1;
                default -> 0;
            };
        }
        return switch (field) {
            case LOWER -> lower[n];
            case UPPER -> upper[n];
            case STATE -> state[n];
            case ANCHOR_IDX -> anchor[n];
            case AGE_BARS -> age[n];
            case TOUCHED_THIS_BAR -> SwingDetector.flag(touched[n]);
            case TOUCH_COUNT -> touches[n];
            case LAST_TOUCH_AGE -> lastTouchBar[n] < 0 ? -1 : currentBar - lastTouchBar[n];
            case INSIDE -> SwingDetector.flag(inside[n]);
            default -> instanceId[n];
        };
    }

    private int activeCount() {
        int c = 0;
        for (int i = 0; i < filled; i++) if (state[i] == ACTIVE) c++;
        return c;
    }

    private boolean any(boolean[] flags, boolean activeOnly) {
        for (int i = 0; i < filled; i++) if (flags[i] && (!activeOnly || state[i] == ACTIVE)) return true;
        return false;
    }
}

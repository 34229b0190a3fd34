package trade.structure;

/**
 * Where the close sits inside the latest swing pair's range (structures.md §3.12): top quarter
 * premium, bottom quarter discount, boundaries inclusive, the middle half equilibrium. Recomputed
 * every bar from the current pair, so it needs no state besides the last zone.
 */
final class PremiumDiscountDetector implements Structure {
    static final int EQUILIBRIUM = 0, PREMIUM_LEVEL = 1, DISCOUNT_LEVEL = 2, ZONE = 3, DEPTH_PCT = 4, VERSION = 5;
    private static final int NONE = 0, PREMIUM = 1, DISCOUNT = 2, EQUILIBRIUM_ZONE = 3;

    private final SwingDetector swing;
    private double equilibrium, premiumLevel, discountLevel, depthPct;
    private int zone, version;

    PremiumDiscountDetector(SwingDetector swing) {
        this.swing = swing;
        reset();
    }

    @Override
    public void reset() {
        equilibrium = premiumLevel = discountLevel = depthPct = Double.NaN;
        zone = NONE;
        version = 0;
    }

    @Override
    public void update(int barIndex, double open, double high, double low, double close, double volume) {
        double hi = swing.output(SwingDetector.PAIR_HIGH_LEVEL), lo = swing.output(SwingDetector.PAIR_LOW_LEVEL);
        int z;
        if (Double.isNaN(hi) || Double.isNaN(lo)) {
            equilibrium = premiumLevel = discountLevel = depthPct = Double.NaN;
            z = NONE;
        } else {
            double span = hi - lo;
            if (span <= 0) {
                equilibrium = hi;
                premiumLevel = hi;
                discountLevel = lo;
                depthPct = 0.5;
                z = EQUILIBRIUM_ZONE;
            } else {
                equilibrium = lo + 0.5 * span;
                premiumLevel = lo + 0.75 * span;
                discountLevel = lo + 0.25 * span;
                z = close >= premiumLevel ? PREMIUM : close <= discountLevel ? DISCOUNT : EQUILIBRIUM_ZONE;
                depthPct = Math.min(Math.max((close - lo) / span, 0), 1);
            }
        }
        if (z != zone) {
            version++;
            zone = z;
        }
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case EQUILIBRIUM -> equilibrium;
            case PREMIUM_LEVEL -> premiumLevel;
            case DISCOUNT_LEVEL -> discountLevel;
            case ZONE -> zone;
            case DEPTH_PCT -> depthPct;
            case VERSION -> version;
            default -> throw new IndexOutOfBoundsException("premium_discount has no output " + index);
        };
    }
}

package trade.engine;

/**
 * Account equity after each processed exec bar (one point per bar; the last point already includes
 * the end-of-run close). Columns of primitives; the arrays are owned by the curve.
 */
public record EquityCurve(int[] barIndex, long[] timeMs, double[] equity) {
    public EquityCurve {
        if (barIndex.length != timeMs.length || timeMs.length != equity.length) {
            throw new IllegalArgumentException("equity columns differ in length");
        }
    }

    public int size() { return equity.length; }
}

package trade.dsl.plan;

/** Three-valued results as ints, so evaluation never boxes: only {@link #TRUE} fires an action. */
public final class Truth {
    public static final int FALSE = 0;
    public static final int TRUE = 1;
    public static final int UNKNOWN = 2;

    private Truth() {}

    static int of(boolean b) { return b ? TRUE : FALSE; }
}

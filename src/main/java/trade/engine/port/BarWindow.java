package trade.engine.port;

import trade.core.Candles;

/**
 * The exec bar the exchange is working on and the 1m candles inside it. One instance is reused
 * for every bar (the loop allocates nothing); read it only during the call that receives it.
 */
public final class BarWindow {
    private Candles minutes;
    private int execBar;
    private int firstMinute;
    private int endMinute;
    private double high;
    private double low;
    private double close;
    private long closeTime;

    public void set(Candles minutes, int execBar, int firstMinute, int endMinute, double high, double low,
                    double close, long closeTime) {
        this.minutes = minutes;
        this.execBar = execBar;
        this.firstMinute = firstMinute;
        this.endMinute = endMinute;
        this.high = high;
        this.low = low;
        this.close = close;
        this.closeTime = closeTime;
    }

    public Candles minutes() { return minutes; }
    public int execBar() { return execBar; }
    /** Index of the first 1m candle of this bar. */
    public int firstMinute() { return firstMinute; }
    /** One past the last 1m candle of this bar. */
    public int endMinute() { return endMinute; }
    public double high() { return high; }
    public double low() { return low; }
    public double close() { return close; }
    public long closeTime() { return closeTime; }
}

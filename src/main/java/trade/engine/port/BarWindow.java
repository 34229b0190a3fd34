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
    private double trailAtr;

    /** @param trailAtr the trailing stop's ATR at the previous exec bar's close (NaN when none) */
    public void set(Candles minutes, int execBar, int firstMinute, int endMinute, double high, double low,
                    double close, long closeTime, double trailAtr) {
        this.minutes = minutes;
        this.execBar = execBar;
        this.firstMinute = firstMinute;
        this.endMinute = endMinute;
        this.high = high;
        this.low = low;
        this.close = close;
        this.closeTime = closeTime;
        this.trailAtr = trailAtr;
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
    /** ATR of the previous exec bar, known before this bar opened: what a trailing stop may use during it. */
    public double trailAtr() { return trailAtr; }
}

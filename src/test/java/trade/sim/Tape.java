package trade.sim;

import java.util.Map;
import trade.core.Candles;
import trade.core.Instrument;
import trade.core.Side;
import trade.core.Timeframe;
import trade.engine.ExitPlan;
import trade.engine.SimAccount;
import trade.engine.order.OrderCommand.TimeInForce;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;

/**
 * Hand-made 1m candles cut into exec bars of {@code perBar} minutes, stepped through a
 * {@link SimAccount} (the simulator and the ledger) the way the core does: each candle to the
 * venue, the ledger and the stop, then the exec bar's close.
 */
final class Tape {
    /** 2025-01-01 00:01 UTC: a minute after a funding time, so short tapes see none. */
    static final long START = 1_735_689_660_000L;
    static final double NONE = Double.NaN;

    final Candles minutes;
    final int perBar;

    /** Each row is {open, high, low, close}. */
    Tape(long start, int perBar, double[]... rows) {
        int n = rows.length;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * 60_000L;
            o[i] = rows[i][0];
            h[i] = rows[i][1];
            l[i] = rows[i][2];
            c[i] = rows[i][3];
            if (h[i] < Math.max(o[i], c[i]) || l[i] > Math.min(o[i], c[i])) throw new IllegalArgumentException("row " + i + " is not a candle");
        }
        this.minutes = new Candles(Timeframe.M1, t, o, h, l, c, v);
        this.perBar = perBar;
        if (n % perBar != 0) throw new IllegalArgumentException(n + " candles do not fill bars of " + perBar);
    }

    Tape(int perBar, double[]... rows) { this(START, perBar, rows); }

    static double[] candle(double open, double high, double low, double close) { return new double[] {open, high, low, close}; }

    /** A candle that does not move. */
    static double[] flat(double price) { return candle(price, price, price, price); }

    int bars() { return minutes.size() / perBar; }

    long openTime(int minute) { return minutes.openTime(minute); }

    long barCloseTime(int bar) { return minutes.closeTime((bar + 1) * perBar - 1); }

    /** Runs exec bar {@code bar} with the trailing stop's ATR of the bar before. */
    void step(SimAccount account, int bar, double trailAtr) {
        int first = bar * perBar, end = first + perBar;
        account.barOpened(bar, trailAtr);
        for (int k = first; k < end; k++) {
            account.candle(minutes.openTime(k), minutes.open(k), minutes.high(k), minutes.low(k), minutes.close(k), minutes.volume(k));
        }
        account.barClosed(bar, barCloseTime(bar), minutes.close(end - 1));
    }

    void step(SimAccount account, int bar) { step(account, bar, NONE); }

    /** Steps bars {@code from} to the last. */
    void run(SimAccount account, int from) {
        for (int b = from; b < bars(); b++) step(account, b);
    }

    /** The last bar, closed at its close as the engine's end of data does. */
    void finish(SimAccount account) {
        int last = bars() - 1;
        account.finish(last, barCloseTime(last));
    }

    /** A frictionless account: no fees, no slippage, no funding, leverage 1, no rounding. */
    static AccountTerms frictionless() {
        return new AccountTerms("TEST", 10_000, 1, 0, 0, 0, 0, 0.005, 0, FundingRates.constant(0), Instrument.UNCONSTRAINED);
    }

    static SimAccount.Entry market(Side side, double notional, double reference, double stop, double target, ExitPlan exits, int signalBar) {
        return new SimAccount.Entry(side, notional, NONE, TimeInForce.GTC, 0, reference, stop, target, exits,
                signalBar, 0, Map.of());
    }

    static SimAccount.Entry limit(Side side, double notional, double price, TimeInForce tif, int expireAfterBars,
                                  double stop, double target, ExitPlan exits, int signalBar) {
        return new SimAccount.Entry(side, notional, price, tif, expireAfterBars, price, stop, target, exits, signalBar, 0, Map.of());
    }
}

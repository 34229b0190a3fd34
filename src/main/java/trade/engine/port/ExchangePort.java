package trade.engine.port;

import java.util.List;
import trade.engine.MissedEntry;
import trade.engine.TradeRecord;

/**
 * What the engine needs from an exchange, simulated or real. Orders submitted after an exec bar
 * closed are executed by the exchange from the next bar's open on; the engine only decides.
 */
public interface ExchangePort {
    /**
     * Runs one exec bar on its 1m candles: orders pending since the last close fill at its open,
     * resting limit entries fill when reached, then per candle stops and targets, funding, the
     * trailing stop and break-even, and liquidation at the candle's close.
     */
    void stepBar(BarWindow bar);

    /** Marks the open position to the bar's close. */
    void markToMarket(BarWindow bar);

    /** 0 when flat, +1 long, -1 short. */
    int positionSign();

    double equity();

    /**
     * Places an entry. Ignored while a position is open; otherwise it replaces a waiting entry
     * (re-priced from the newer signal on the same side, cancelled for the other side).
     */
    void submitEntry(EntryOrder order);

    /** Asks to close {@code percent} of the position at the next bar's open. */
    void submitClose(double percent);

    /** Closes at once at {@code price} (end of data, risk stop), paying slippage and fees. */
    void closeNow(BarWindow bar, double price, long timeMs, String reason);

    /** True once a position was liquidated: the account is done and the run must stop. */
    boolean liquidated();

    List<TradeRecord> trades();

    /** Entries the exchange refused, cancelled or let expire, in time order. */
    List<MissedEntry> missedEntries();
}

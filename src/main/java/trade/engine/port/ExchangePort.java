package trade.engine.port;

import java.util.List;
import java.util.Map;
import trade.core.Side;
import trade.engine.TradeRecord;

/**
 * What the engine needs from an exchange, simulated or real. Orders submitted after an exec bar
 * closed are executed by the exchange from the next bar's open on; the engine only decides.
 */
public interface ExchangePort {
    /** Runs one exec bar: orders pending since the last close fill at its open, then stops and targets. */
    void stepBar(BarWindow bar);

    /** Marks the open position to the bar's close. */
    void markToMarket(BarWindow bar);

    /** 0 when flat, +1 long, -1 short. */
    int positionSign();

    double equity();

    /**
     * Asks for a market entry at the next bar's open. Stop and target are absolute prices derived
     * from {@code referencePrice} (NaN for none) and move with the fill price.
     */
    void submitEntry(Side side, double notionalUsdt, double referencePrice, double stopLoss, double takeProfit,
                     int signalBar, Map<String, Object> metadata);

    /** Asks to close {@code percent} of the position at the next bar's open. */
    void submitClose(double percent);

    /** Closes at once at {@code price} (end of data, risk stop), paying slippage and fees. */
    void closeNow(BarWindow bar, double price, long timeMs, String reason);

    List<TradeRecord> trades();
}

package trade.engine.port;

import java.util.Map;
import trade.core.Side;

/**
 * An entry the engine decided at the close of exec bar {@code signalBar} ({@code signalTimeMs}).
 * A market order ({@code limitPrice} NaN) fills at the next bar's open; a limit order rests until
 * a later 1m candle reaches its price, {@code timeInForce} ends it, or {@code expireAfterBars} exec
 * bars passed (0 = never). Stop and target are absolute prices derived from
 * {@code referencePrice} (NaN for none); a market fill shifts them by the fill's difference.
 */
public record EntryOrder(Side side, double notionalUsdt, double limitPrice, TimeInForce timeInForce, int expireAfterBars,
                         double referencePrice, double stopLoss, double takeProfit, ExitPlan exits,
                         int signalBar, long signalTimeMs, Map<String, Object> metadata) {

    /** How long a limit order may wait. No partial fills exist, so IOC and FOK behave the same. */
    public enum TimeInForce { GTC, IOC, FOK, POST_ONLY }

    public boolean isLimit() { return !Double.isNaN(limitPrice); }
}

package trade.engine.order;

import trade.core.Side;

/**
 * What the core asks of a venue, simulated or real. Every order command names its order by a
 * client order id that the core derives deterministically (see {@code ClientOrderIds}), so a
 * command sent twice (a retry after a timeout) is the same order and can never fill twice.
 */
public sealed interface OrderCommand {

    /** Market or limit. */
    enum OrderType { MARKET, LIMIT }

    /** How long a limit order may rest; IOC and FOK differ only where partial fills exist. */
    enum TimeInForce { GTC, IOC, FOK, POST_ONLY }

    /**
     * When a simulated venue fills a market order: {@code NEXT_CANDLE} at the open of the next 1m
     * candle (the decision was taken on a closed candle and reaches the market with the next one),
     * {@code IMMEDIATE} at the last close (risk stops and the end of a run). A real venue sends
     * both at once.
     */
    enum Timing { NEXT_CANDLE, IMMEDIATE }

    /**
     * How much: a quantity in the base coin, or a notional in USDT that the venue turns into a
     * quantity at its fill price, rounded down to the instrument's step.
     */
    sealed interface Size {
        record Quantity(double qty) implements Size {
            public Quantity {
                if (!(qty > 0)) throw new IllegalArgumentException("order quantity must be > 0, was " + qty);
            }
        }

        record Notional(double usdt) implements Size {
            public Notional {
                if (!(usdt > 0)) throw new IllegalArgumentException("order notional must be > 0 USDT, was " + usdt);
            }
        }
    }

    /**
     * Stop loss and take profit attached to an entry (NaN: none), each filled as a market or a
     * limit order. They are priced off {@code referencePrice}: a market entry, whose fill price the
     * decision could not know, shifts both by (fill − reference) so they keep their distance.
     */
    record Protection(double stopLoss, double takeProfit, boolean stopIsLimit, boolean targetIsLimit, double referencePrice) {
        public static final Protection NONE = new Protection(Double.NaN, Double.NaN, false, false, Double.NaN);
    }

    /** A new order. {@code limitPrice} is NaN for a market order. */
    record Submit(String clientOrderId, String symbol, Side side, OrderType type, Size size, double limitPrice,
                  TimeInForce timeInForce, Timing timing, boolean reduceOnly, Protection protection, long timeMs)
            implements OrderCommand {
        public Submit {
            if (type == OrderType.LIMIT && !(limitPrice > 0)) throw new IllegalArgumentException("a limit order needs a price > 0, was " + limitPrice);
            if (type == OrderType.MARKET && !Double.isNaN(limitPrice)) throw new IllegalArgumentException("a market order has no limit price");
        }
    }

    /** Changes a resting order: size, price and attached protection (NaN price: unchanged). */
    record Amend(String clientOrderId, Size size, double limitPrice, Protection protection, long timeMs) implements OrderCommand {}

    record Cancel(String clientOrderId, long timeMs) implements OrderCommand {}

    record CancelAll(String symbol, long timeMs) implements OrderCommand {}

    /** Moves the open position's stop loss and take profit (NaN: remove); Bybit's trading-stop. */
    record SetProtection(String symbol, double stopLoss, double takeProfit, long timeMs) implements OrderCommand {}

    record SetLeverage(String symbol, double leverage, long timeMs) implements OrderCommand {}
}

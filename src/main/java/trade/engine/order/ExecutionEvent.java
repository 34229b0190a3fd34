package trade.engine.order;

import trade.core.Side;

/**
 * What a venue reports back, in the order it happened. The core's portfolio is built from these
 * alone, so a simulated and a real venue that report the same events give the same ledger.
 */
public sealed interface ExecutionEvent {
    long timeMs();

    /** Why an order was refused or ended by the venue. */
    enum Reason {
        BELOW_MIN_NOTIONAL("below_min_notional"),
        INSUFFICIENT_MARGIN("insufficient_margin"),
        DUPLICATE_CLIENT_ID("duplicate_client_order_id"),
        UNKNOWN_ORDER("unknown_order"),
        REDUCE_ONLY_NO_POSITION("reduce_only_without_position"),
        POSITION_OPEN("position_open"),
        POST_ONLY_WOULD_TAKE("post_only_would_take_liquidity"),
        IOC_NOT_FILLED("ioc_not_filled"),
        FOK_NOT_FILLED("fok_not_filled"),
        CANCELLED_BY_CLIENT("cancelled"),
        ACCOUNT_LIQUIDATED("account_liquidated"),
        INVALID("invalid");

        private final String code;

        Reason(String code) { this.code = code; }

        /** The reason as run artifacts spell it. */
        public String code() { return code; }
    }

    /** Who made the trade: our own order, or a stop loss / take profit the venue held for the position. */
    enum Trigger { ORDER, STOP_LOSS, TAKE_PROFIT }

    enum Liquidity { MAKER, TAKER }

    record Accepted(String clientOrderId, long timeMs) implements ExecutionEvent {}

    record Rejected(String clientOrderId, Reason reason, String message, long timeMs) implements ExecutionEvent {}

    record Amended(String clientOrderId, long timeMs) implements ExecutionEvent {}

    record Cancelled(String clientOrderId, Reason reason, long timeMs) implements ExecutionEvent {}

    /** A stop loss or take profit of the position was reached at {@code level}; its fill follows. */
    record Triggered(String symbol, Trigger trigger, double level, long timeMs) implements ExecutionEvent {}

    /**
     * A trade. {@code clientOrderId} is null for a stop or target the venue held; {@code leavesQty}
     * is what remains of the order (0: fully filled); {@code priceSource} says how a simulated venue
     * priced a triggered fill (level or gap open), null where the venue does not say.
     */
    record Filled(String clientOrderId, String execId, String symbol, Side side, double price, double qty, double leavesQty,
                  double fee, Liquidity liquidity, Trigger trigger, String priceSource, long timeMs) implements ExecutionEvent {}

    /** Funding settled on the open position: {@code amount} USDT received (negative: paid). */
    record FundingApplied(String symbol, double rate, double amount, long timeMs) implements ExecutionEvent {}

    /** The position was taken over by the venue at the bankruptcy {@code price}; the account is done. */
    record Liquidated(String symbol, Side side, double price, double qty, double fee, long timeMs) implements ExecutionEvent {}

    /** The venue's view of the position after a change: size (0: flat), entry price, stop and target. */
    record PositionSnapshot(String symbol, Side side, double qty, double entryPrice, double stopLoss, double takeProfit, long timeMs)
            implements ExecutionEvent {}
}

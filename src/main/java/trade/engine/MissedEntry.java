package trade.engine;

import trade.core.Side;

/**
 * An entry signal that never became a position, and why: refused by the engine before an order
 * was sent (size under the minimum, no ATR value, stop beyond liquidation) or by the exchange
 * (below the instrument's minimum notional, margin, time in force, expiry, replaced by a signal
 * for the other side). {@code timeMs} is when that was decided.
 */
public record MissedEntry(long timeMs, int barIndex, Side side, String reason) {}

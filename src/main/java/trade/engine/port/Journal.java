package trade.engine.port;

import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;

/**
 * Append-only record of what a run decided, sent and heard, written before acting on it (live
 * journals to the store; a backtest keeps none or one in memory).
 */
public interface Journal {
    Journal NONE = new Journal() {
        @Override
        public void signal(long timeMs, String decision) { }

        @Override
        public void command(long timeMs, OrderCommand command) { }

        @Override
        public void event(long timeMs, ExecutionEvent event) { }
    };

    /** A decision of the Play's actions (e.g. {@code entry_long}) at an exec close. */
    void signal(long timeMs, String decision);

    void command(long timeMs, OrderCommand command);

    void event(long timeMs, ExecutionEvent event);
}

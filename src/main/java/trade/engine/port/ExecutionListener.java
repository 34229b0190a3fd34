package trade.engine.port;

import trade.engine.order.ExecutionEvent;

/** Receives a venue's events in order (the core's {@code onExecution}). */
@FunctionalInterface
public interface ExecutionListener {
    void onExecution(ExecutionEvent event);
}

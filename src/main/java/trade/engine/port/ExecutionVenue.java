package trade.engine.port;

import trade.engine.order.OrderCommand;

/**
 * Where orders go: the simulator, or an exchange adapter. Commands go in; what happens to them
 * comes back as {@link trade.engine.order.ExecutionEvent}s through the listener the venue was
 * built with, possibly from inside {@link #execute} (a simulator answers at once).
 */
public interface ExecutionVenue {
    void execute(OrderCommand command);

    /** What produced a run, as its artifacts name it (e.g. {@code simulated}, {@code bybit-demo}). */
    String name();
}

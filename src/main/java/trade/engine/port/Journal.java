package trade.engine.port;

import java.util.ArrayList;
import java.util.List;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;

/**
 * Append-only record of what a run decided, sent and heard, written before acting on it (live
 * journals to the store; a backtest keeps none, or one in memory to inspect).
 */
@FunctionalInterface
public interface Journal {
    Journal NONE = entry -> { };

    /** One line of the journal, stamped with the run's clock. */
    sealed interface Entry {
        long timeMs();

        /** A decision of the Play's actions (e.g. {@code entry_long}) at an exec close. */
        record Signal(long timeMs, String decision) implements Entry {}

        record Command(long timeMs, OrderCommand command) implements Entry {}

        record Event(long timeMs, ExecutionEvent event) implements Entry {}
    }

    void record(Entry entry);

    /** A journal kept in memory, in order. */
    final class InMemory implements Journal {
        private final List<Entry> entries = new ArrayList<>();

        @Override
        public void record(Entry entry) { entries.add(entry); }

        public List<Entry> entries() { return List.copyOf(entries); }
    }
}

package trade.play;

import java.util.Map;
import trade.core.SourceSpan;

/**
 * What a true case asks for. {@code percent} (0, 100] sizes partial exits. Metadata values are plain
 * YAML values or {@link trade.dsl.ast.Ref}s resolved when the intent is acted on.
 */
public record Intent(Action action, double percent, Map<String, Object> metadata, SourceSpan span) {
    public Intent {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    public enum Action {
        ENTRY_LONG("entry_long"), ENTRY_SHORT("entry_short"), EXIT_LONG("exit_long"), EXIT_SHORT("exit_short"),
        EXIT_ALL("exit_all"), NO_ACTION("no_action");

        private final String label;

        Action(String label) { this.label = label; }

        public String label() { return label; }

        public boolean exit() { return this == EXIT_LONG || this == EXIT_SHORT || this == EXIT_ALL; }

        public static java.util.Optional<Action> parse(String text) {
            for (Action a : values()) if (a.label.equals(text)) return java.util.Optional.of(a);
            return java.util.Optional.empty();
        }
    }
}

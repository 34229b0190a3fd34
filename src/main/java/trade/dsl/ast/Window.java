package trade.dsl.ast;

import trade.core.SourceSpan;

/**
 * A window over time: the body is sampled {@code count} times, {@code stepMinutes} apart, going back
 * from the evaluation time. Bar forms step by the exec timeframe (stepMinutes 0 until planned) or
 * their {@code anchor_tf}; duration forms step by one minute.
 */
public record Window(Kind kind, boolean duration, int count, String anchorTimeframe, int minTrue, Expr body,
                     SourceSpan span) implements Expr {
    public enum Kind {
        HOLDS_FOR("holds_for"), OCCURRED_WITHIN("occurred_within"), COUNT_TRUE("count_true");

        private final String keyword;

        Kind(String keyword) { this.keyword = keyword; }

        public String keyword() { return keyword; }
    }

    /** The YAML key of this window, e.g. {@code holds_for_duration}. */
    public String keyword() { return duration ? kind.keyword() + "_duration" : kind.keyword(); }
}

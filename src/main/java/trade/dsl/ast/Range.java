package trade.dsl.ast;

import trade.core.SourceSpan;

/** The inclusive bounds right of {@code between}. */
public record Range(double low, double high, SourceSpan span) implements Rhs {}

package trade.dsl.ast;

import trade.core.SourceSpan;

/** Unary minus (the infix string form only, e.g. {@code "-(close - open)"}). */
public record Negate(Operand operand, SourceSpan span) implements Operand {}

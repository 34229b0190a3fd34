package trade.dsl.ast;

import trade.core.SourceSpan;

public record BoolLiteral(boolean value, SourceSpan span) implements Rhs {}

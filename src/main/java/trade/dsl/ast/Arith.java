package trade.dsl.ast;

import trade.core.SourceSpan;

/** {@code left op right}; missing operands, division by zero and non-finite results are missing. */
public record Arith(ArithOp op, Operand left, Operand right, SourceSpan span) implements Operand {}

package trade.dsl.ast;

import trade.core.SourceSpan;

/**
 * {@code lhs op rhs}; {@code tolerance} is only meaningful for {@code near_abs}/{@code near_pct}
 * (NaN otherwise).
 */
public record Compare(Operand lhs, Operator op, Rhs rhs, double tolerance, SourceSpan span) implements Expr {}

package trade.dsl.ast;

import trade.core.SourceSpan;

/** Swaps true and false; unknown stays unknown. */
public record Not(Expr child, SourceSpan span) implements Expr {}

package trade.dsl.ast;

import trade.core.SourceSpan;

/** A reference to a named setup, inlined after checking. */
public record SetupRef(String name, SourceSpan span) implements Expr {}

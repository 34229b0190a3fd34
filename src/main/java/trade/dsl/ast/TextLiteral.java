package trade.dsl.ast;

import trade.core.SourceSpan;

/** A word compared with an ENUM output ({@code "bullish"}), or an element of an {@code in} list. */
public record TextLiteral(String value, SourceSpan span) implements Rhs {}

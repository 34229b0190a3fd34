package trade.dsl.ast;

import trade.core.SourceSpan;

/** A number written in the Play; {@code integral} when written as an integer (types it INT). */
public record NumberLiteral(double value, boolean integral, SourceSpan span) implements Operand {}

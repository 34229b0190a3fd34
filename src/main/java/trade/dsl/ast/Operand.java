package trade.dsl.ast;

/** A numeric value series: a reference, a number, or arithmetic on operands. */
public sealed interface Operand extends Rhs permits Ref, NumberLiteral, Arith, Negate {}

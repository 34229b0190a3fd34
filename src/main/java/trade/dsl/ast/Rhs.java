package trade.dsl.ast;

import trade.core.SourceSpan;

/** What may stand right of an operator: an operand, a word, a boolean, a list (in) or a range (between). */
public sealed interface Rhs permits Operand, TextLiteral, BoolLiteral, ValueList, Range {
    SourceSpan span();
}

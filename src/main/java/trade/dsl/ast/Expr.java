package trade.dsl.ast;

import trade.core.SourceSpan;

/** A condition: evaluates to true, false or unknown. Every node remembers where it was written. */
public sealed interface Expr permits All, Any, Not, Compare, Window, SetupRef {
    SourceSpan span();
}

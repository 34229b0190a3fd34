package trade.dsl.ast;

import java.util.List;
import trade.core.SourceSpan;

/** True when any child is true; false when every child is false; otherwise unknown. */
public record Any(List<Expr> children, SourceSpan span) implements Expr {
    public Any {
        children = List.copyOf(children);
        if (children.isEmpty()) throw new IllegalArgumentException("any: needs at least one condition");
    }
}

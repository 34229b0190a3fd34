package trade.dsl.ast;

import java.util.List;
import trade.core.SourceSpan;

/** True when every child is true; false when any is false; otherwise unknown. */
public record All(List<Expr> children, SourceSpan span) implements Expr {
    public All {
        children = List.copyOf(children);
        if (children.isEmpty()) throw new IllegalArgumentException("all: needs at least one condition");
    }
}

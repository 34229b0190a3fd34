package trade.dsl.ast;

import java.util.List;
import trade.core.SourceSpan;

/** The literal list right of {@code in}. */
public record ValueList(List<Rhs> values, SourceSpan span) implements Rhs {
    public ValueList {
        values = List.copyOf(values);
    }
}

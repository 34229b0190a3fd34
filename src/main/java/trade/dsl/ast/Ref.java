package trade.dsl.ast;

import trade.core.SourceSpan;

/**
 * A reference to a feature, structure or built-in series: {@code id.field} looked back
 * {@code offset} bars of its own timeframe. An empty field means the default output ({@code value}).
 */
public record Ref(String id, String field, int offset, SourceSpan span) implements Operand {
    public Ref {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
    }

    /** The reference as written in shorthand ({@code trend.direction}). */
    public String path() { return field.isEmpty() ? id : id + "." + field; }
}

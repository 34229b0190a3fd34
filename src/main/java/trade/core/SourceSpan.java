package trade.core;

/** Where something was written: file, 1-based line and column, and the length of the span. */
public record SourceSpan(String file, int line, int column, int length) {
    public static final SourceSpan NONE = new SourceSpan("", 0, 0, 0);

    public SourceSpan shift(int columns, int newLength) {
        return new SourceSpan(file, line, column + columns, newLength);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}

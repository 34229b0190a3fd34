package trade.core;

/** Static type of a feature output or expression, as the condition checker sees it. */
public enum ValueType {
    FLOAT, INT, BOOL, ENUM;

    public boolean numeric() { return this == FLOAT || this == INT; }
}

package trade.core;

public enum Severity { ERROR, WARNING }

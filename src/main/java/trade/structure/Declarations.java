package trade.structure;

import java.util.List;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.ValueType;

/**
 * Short spellings for the catalog tables, so each type's row reads like the spec's table. Only the
 * shapes {@link ParamSpec}'s own factories lack are here (required words and numbers, lists).
 */
final class Declarations {
    private Declarations() {}

    static final double INF = Double.POSITIVE_INFINITY;
    /** Lower bound for parameters the spec wants strictly positive. */
    static final double ABOVE_ZERO = Double.MIN_VALUE;

    static ParamSpec requiredWord(String name, String... choices) {
        return new ParamSpec(name, ParamSpec.Kind.TEXT, null, 0, 0, List.of(choices));
    }

    static ParamSpec requiredNumber(String name, double min) {
        return new ParamSpec(name, ParamSpec.Kind.FLOAT, null, min, INF, List.of());
    }

    static ParamSpec requiredNumbers(String name) {
        return new ParamSpec(name, ParamSpec.Kind.NUMBER_LIST, null, -INF, INF, List.of());
    }

    /** Any text; used for atr_key, whose value the Play checker resolves against declared features. */
    static ParamSpec text(String name, String defaultValue) {
        return new ParamSpec(name, ParamSpec.Kind.TEXT, defaultValue, 0, 0, List.of());
    }

    static OutputSpec f(String name) { return OutputSpec.of(name, ValueType.FLOAT); }

    static OutputSpec i(String name) { return OutputSpec.of(name, ValueType.INT); }

    static OutputSpec b(String name) { return OutputSpec.of(name, ValueType.BOOL); }

    static OutputSpec direction(String name) { return OutputSpec.enumOf(name, "none", "bullish", "bearish"); }
}

package trade.indicator;

import java.util.List;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ParamSpec;

/**
 * What the Play checker and the engine know about one indicator type (play-dsl.md §3.3): its
 * parameters, outputs in declaration order, input routing, registry warm-up and a factory.
 */
public interface IndicatorKind {
    /** Lower-case YAML name, e.g. {@code ema}. */
    String name();

    List<ParamSpec> params();

    /** Single-output kinds have exactly one output named {@code value}. */
    List<OutputSpec> outputs();

    /**
     * True when the indicator reads the one series chosen by {@code source:} (indicators.md §1.3);
     * false when it reads raw bar fields and ignores {@code source:}.
     */
    boolean singleInput();

    /** The registry warm-up in bars of the indicator's own timeframe, from resolved params. */
    int warmupBars(Params params);

    /** A fresh instance. Params must be resolved against {@link #params()}. */
    Indicator create(Params params, InputSource source);
}

package trade.indicator;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.core.ParamSpec;

/** The catalog's description of one indicator and how to create it. */
record CatalogEntry(
        String name,
        List<ParamSpec> params,
        List<OutputSpec> outputs,
        boolean singleInput,
        ToIntFunction<Params> warmup,
        BiFunction<Params, InputSource, Indicator> factory) implements IndicatorKind {

    CatalogEntry {
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) throw new IllegalArgumentException(name + ": no outputs");
    }

    @Override
    public int warmupBars(Params p) { return warmup.applyAsInt(p); }

    @Override
    public Indicator create(Params p, InputSource source) {
        return factory.apply(p, source);
    }
}

package trade.structure;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;

/**
 * One catalog row: a structure type described as data, so the 13 types differ only in the values
 * they pass here rather than in 13 near-identical classes. A null factory marks a type the catalog
 * knows but this build cannot run.
 */
record DeclaredKind(String type, List<ParamSpec> params, List<Dependency> dependencies,
                    Function<Params, List<OutputSpec>> outputRule, Warmup warmup,
                    Predicate<Params> atrRule, Factory factory) implements StructureKind {

    interface Warmup { int bars(Params p, int largestLeft, int largestRight); }

    interface Factory { Structure create(Params p, Map<String, Structure> deps, DoubleSupplier atr); }

    DeclaredKind {
        params = List.copyOf(params);
        dependencies = List.copyOf(dependencies);
    }

    @Override
    public List<OutputSpec> outputs(Params p) { return outputRule.apply(p); }

    @Override
    public int warmupBars(Params p, int largestLeft, int largestRight) {
        return warmup.bars(p, largestLeft, largestRight);
    }

    @Override
    public boolean needsAtr(Params p) { return atrRule.test(p); }

    @Override
    public boolean implemented() { return factory != null; }

    @Override
    public Structure create(Params p, Map<String, Structure> deps, DoubleSupplier atr) {
        if (factory == null) throw new UnsupportedOperationException("structure type not implemented yet: " + type);
        for (Dependency d : dependencies) {
            if (d.required() && !deps.containsKey(d.type())) {
                throw new IllegalArgumentException(type + " needs a " + d.type() + " structure in uses");
            }
        }
        return factory.create(p, deps, atr);
    }
}

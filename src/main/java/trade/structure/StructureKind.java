package trade.structure;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;

/**
 * Everything the loader, checker and engine need to know about one structure type, before and
 * after a Play names it: its parameters, which other structures it consumes, its outputs, its
 * warm-up and how to build a detector.
 */
public interface StructureKind {
    /** The YAML {@code type}, e.g. {@code "swing"}. */
    String type();

    /** Declared parameters in a fixed order; a required one has a null default. */
    List<ParamSpec> params();

    /** Structure types this one may consume, keyed by type in {@link #create}. */
    List<Dependency> dependencies();

    /** Outputs in index order ({@link Structure#output(int)}); fibonacci and derived_zone depend on params. */
    List<OutputSpec> outputs(Params params);

    /**
     * Warm-up bars of the structure's timeframe.
     *
     * @param largestLeft  largest swing {@code left} among the Play's swings (5 when there is none)
     * @param largestRight largest swing {@code right} among the Play's swings (5 when there is none)
     */
    int warmupBars(Params params, int largestLeft, int largestRight);

    /** True when the detector reads an ATR feature of its timeframe (the Play must name it by atr_key). */
    boolean needsAtr(Params params);

    /** False for types the catalog describes but this build cannot run yet. */
    boolean implemented();

    /**
     * Builds a detector.
     *
     * @param dependenciesByType detectors this one consumes, keyed by their type, already built
     * @param atr current ATR of the same timeframe (NaN when missing); null when not needed
     * @throws UnsupportedOperationException when {@link #implemented()} is false
     * @throws IllegalArgumentException when a required dependency is missing
     */
    Structure create(Params params, Map<String, Structure> dependenciesByType, DoubleSupplier atr);
}

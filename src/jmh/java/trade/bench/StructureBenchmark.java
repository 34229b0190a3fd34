package trade.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import trade.core.Candles;
import trade.core.Params;
import trade.synth.SyntheticMarket;
import trade.structure.Structure;
import trade.structure.StructureCatalog;
import trade.structure.StructureKind;

/**
 * Nanoseconds per bar update of each structure type, with the parameters of structures.md
 * Appendix A, on 20,000 synthetic 1m candles (pattern {@code volatile}, seed 42). One op = one bar:
 * the detector and the dependencies it reads ({@code uses}), updated in declaration order as the
 * engine does; a type's own cost is its row minus the rows of its dependencies (docs/performance.md).
 * ATR comes from a precomputed array, so indicator cost is not included.
 * Run: ./mvnw -Pbench -DskipTests package && java -cp target/play.jar org.openjdk.jmh.Main StructureBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StructureBenchmark {
    static final int BARS = 20_000;

    @Param({"swing", "rolling_window", "trend", "market_structure", "zone", "fibonacci", "derived_zone", "displacement",
            "fair_value_gap", "order_block", "liquidity_zones", "premium_discount", "breaker_block"})
    String type;

    private record Declared(String key, String type, Map<String, Object> params, List<String> uses) {}

    /** Each type with the dependencies it reads, in declaration order; the measured type is last. */
    private static List<Declared> chain(String type) {
        Declared swing = new Declared("swing", "swing", Map.of("left", 5L, "right", 5L), List.of());
        Declared ms = new Declared("ms", "market_structure", Map.of(), List.of("swing"));
        Declared ob = new Declared("ob", "order_block", Map.of("body_atr_min", 1.0, "wick_ratio_max", 0.6), List.of("swing"));
        return switch (type) {
            case "swing" -> List.of(swing);
            case "rolling_window" -> List.of(new Declared("low20", type, Map.of("size", 20L, "source", "low", "mode", "min"), List.of()));
            case "displacement" -> List.of(new Declared("disp", type, Map.of("body_atr_min", 1.0, "wick_ratio_max", 0.6), List.of()));
            case "fair_value_gap" -> List.of(new Declared("fvg", type, Map.of("max_active", 5L), List.of()));
            case "market_structure" -> List.of(swing, ms);
            case "order_block" -> List.of(swing, ob);
            case "breaker_block" -> List.of(swing, ms, ob, new Declared("brk", type, Map.of(), List.of("ob", "ms")));
            case "zone" -> List.of(swing, new Declared("demand", type, Map.of("zone_type", "demand", "width_atr", 1.5), List.of("swing")));
            case "fibonacci" -> List.of(swing, new Declared("fib", type, Map.of("levels", List.of(0.382, 0.5, 0.618)), List.of("swing")));
            case "derived_zone" -> List.of(swing, new Declared("dz", type,
                    Map.of("levels", List.of(0.382, 0.5, 0.618), "max_active", 5L, "width_pct", 0.002), List.of("swing")));
            case "liquidity_zones" -> List.of(swing, new Declared("liq", type,
                    Map.of("tolerance_atr", 0.5, "sweep_atr", 0.1, "min_touches", 2L), List.of("swing")));
            default -> List.of(swing, new Declared(type, type, Map.of(), List.of("swing"))); // trend, premium_discount
        };
    }

    private Structure[] detectors;
    private double[] open, high, low, close, volume, atr;
    private int bar;

    @Setup
    public void setup() {
        Candles c = SyntheticMarket.generate("volatile", BARS, 42, SyntheticMarket.BASE_TIMESTAMP_MS);
        open = new double[BARS];
        high = new double[BARS];
        low = new double[BARS];
        close = new double[BARS];
        volume = new double[BARS];
        atr = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            open[i] = c.open(i);
            high[i] = c.high(i);
            low[i] = c.low(i);
            close[i] = c.close(i);
            volume[i] = c.volume(i);
            double range = high[i] - low[i];
            // a 14-bar Wilder-smoothed range is close enough to ATR for timing purposes
            atr[i] = i == 0 ? range : atr[i - 1] + (range - atr[i - 1]) / 14;
        }
        DoubleSupplier currentAtr = () -> atr[bar];
        Map<String, Structure> byKey = new LinkedHashMap<>();
        Map<String, String> typeOfKey = new LinkedHashMap<>();
        List<Structure> built = new ArrayList<>();
        for (Declared d : chain(type)) {
            StructureKind kind = StructureCatalog.find(d.type()).orElseThrow();
            Params p = Params.resolve(kind.params(), d.params());
            Map<String, Structure> deps = new LinkedHashMap<>();
            for (String u : d.uses()) deps.put(typeOfKey.get(u), byKey.get(u));
            Structure s = kind.create(p, deps, kind.needsAtr(p) ? currentAtr : null);
            byKey.put(d.key(), s);
            typeOfKey.put(d.key(), d.type());
            built.add(s);
        }
        detectors = built.toArray(Structure[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double updatePerBar() {
        for (Structure s : detectors) s.reset();
        double sink = 0;
        for (bar = 0; bar < BARS; bar++) {
            for (Structure s : detectors) s.update(bar, open[bar], high[bar], low[bar], close[bar], volume[bar]);
            sink += detectors[detectors.length - 1].output(0);
        }
        return sink;
    }
}

package trade.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import trade.dsl.plan.Condition;
import trade.dsl.plan.Planner;
import trade.dsl.plan.SeriesReader;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;

/**
 * Cost of one evaluation of V_CORE_005's entry condition: between, near_pct, holds_for over 3 bars
 * and occurred_within over 10 bars of a crossover (about 30 series reads), planned exactly as the
 * engine plans it, reading random 15m histories that move one bar per evaluation.
 * Run: ./mvnw -Pbench -DskipTests package && java -cp target/play.jar org.openjdk.jmh.Main ConditionBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConditionBenchmark {
    private static final int BARS = 4096;
    private static final long BAR_MS = 15 * 60_000L;

    private double[][] history;
    private int now;
    private Condition entry;

    @Setup
    public void setup() {
        CompiledPlay play = PlayCompiler.compile(PlayLoader.load(Path.of(System.getProperty("play.root", "."))
                .resolve("plays/core/V_CORE_005_windows_ranges.yml")));
        SplittableRandom random = new SplittableRandom(5);
        history = new double[play.series().size()][BARS];
        for (double[] series : history) {
            double level = 100;
            for (int i = 0; i < BARS; i++) series[i] = level += random.nextDouble(-1, 1);
        }
        SeriesReader reader = (series, offset, shiftMs) -> history[series][(now + offset + (int) ((shiftMs + BAR_MS - 1) / BAR_MS)) & (BARS - 1)];
        entry = new Planner(play.scope(), reader, 15, tf -> 15).plan(play.actions().getFirst().cases().getFirst().when());
    }

    @Benchmark
    public int entryCondition() {
        now = (now + 1) & (BARS - 1);
        return entry.evaluate();
    }
}

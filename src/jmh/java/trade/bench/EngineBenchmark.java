package trade.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import trade.core.Candles;
import trade.engine.BacktestDriver;
import trade.engine.Progress;
import trade.engine.RunResult;
import trade.engine.port.AccountTerms;
import trade.synth.SyntheticMarket;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.sim.SimExchange;

/**
 * Whole-engine throughput: one year of synthetic 1m candles (525,600) replayed through V_CORE_001
 * by the {@link BacktestDriver} — bars aggregated to 15m/1h/D as the minutes arrive, indicators,
 * structures, condition evaluation, the simulated exchange with stops and targets on every 1m
 * candle, the portfolio built from its events. One op = one full run; candles/s = 525,600 / time.
 * Run: ./mvnw -Pbench -DskipTests package && java -cp target/play.jar org.openjdk.jmh.Main EngineBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    static final int ONE_YEAR_OF_MINUTES = 525_600;

    @Param({"plays/core/V_CORE_001_ema_cross_trend.yml", "plays/core/V_CORE_002_bos_choch.yml", "plays/core/V_CORE_003_cases_metadata.yml",
            "plays/core/V_CORE_004_multi_timeframe.yml", "plays/core/V_CORE_005_windows_ranges.yml"})
    String play;

    CompiledPlay compiled;
    Candles candles;

    @Setup
    public void setup() {
        compiled = PlayCompiler.compile(PlayLoader.load(Path.of(System.getProperty("play.root", ".")).resolve(play)));
        candles = SyntheticMarket.generate(compiled.spec().pattern(), ONE_YEAR_OF_MINUTES, 42, SyntheticMarket.BASE_TIMESTAMP_MS);
    }

    @Benchmark
    public RunResult wholeEngineOneYear() {
        AccountTerms terms = AccountTerms.of(compiled.spec(), InstrumentTable.bybit().of(compiled.spec().symbol()));
        return BacktestDriver.replay(compiled, terms.instrument(), events -> new SimExchange(terms, events), candles, null, Progress.NONE);
    }
}

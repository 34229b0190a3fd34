package trade.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import trade.core.Candles;
import trade.engine.port.AccountTerms;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.sim.SimExchange;
import trade.synth.SyntheticMarket;

/**
 * The shared conformance structure plays (and V_CORE_002, the structure chain) load, compile and
 * run a synthetic backtest. They are read where they live, never copied into the repository; the
 * test is skipped when the shared folder is absent.
 */
class StructurePlaysTest {
    private static final Path PLAYS = Path.of("/work/shared/conformance/plays");

    static Stream<Path> plays() throws IOException {
        if (!Files.isDirectory(PLAYS)) return Stream.of(Path.of("absent"));
        try (Stream<Path> structures = Files.list(PLAYS.resolve("structures")); Stream<Path> core = Files.list(PLAYS.resolve("core"))) {
            return Stream.concat(structures.filter(p -> p.toString().endsWith(".yml")),
                    core.filter(p -> p.getFileName().toString().startsWith("V_CORE_002"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("plays")
    void loadsCompilesAndRuns(Path file) {
        assumeTrue(Files.isDirectory(PLAYS), "shared conformance plays are not on this machine");
        String name = file.getFileName().toString();
        PlaySpec spec = PlayLoader.load(file);
        CompiledPlay play = PlayCompiler.compile(spec);
        // several plays name a pattern the generator does not have ("trending"); any market will do here
        String pattern = SyntheticMarket.patterns().contains(spec.pattern()) ? spec.pattern() : "trend_up_clean";
        int warmup = play.maxWarmupBars();
        int minutes = (warmup + Math.max(2 * warmup, 200)) * spec.timeframes().distinct().last().minutes();
        Candles candles = SyntheticMarket.generate(pattern, minutes, 7, SyntheticMarket.BASE_TIMESTAMP_MS);
        AccountTerms terms = AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol()));
        RunResult result = BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), candles, null, Progress.NONE);
        assertTrue(result.equity().size() > 0, name + " evaluated no bar");
    }
}

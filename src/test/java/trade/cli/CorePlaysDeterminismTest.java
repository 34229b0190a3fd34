package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Every core Play run twice from scratch gives the same five hashes (results-and-hashes.md). */
class CorePlaysDeterminismTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"V_CORE_001", "V_CORE_002", "V_CORE_003", "V_CORE_004", "V_CORE_005"})
    void twoRunsGiveIdenticalHashes(String id) {
        Path play = PlayLocator.locate(id, ROOT.resolve("plays"));
        BacktestRun.Outcome a = new BacktestRun(play, new BacktestRun.Source.Synthetic(42, null, null), out.resolve("a"), null).run();
        BacktestRun.Outcome b = new BacktestRun(play, new BacktestRun.Source.Synthetic(42, null, null), out.resolve("b"), null).run();
        for (String h : List.of("play_hash", "input_hash", "trades_hash", "equity_hash", "run_hash")) {
            assertNotNull(a.summary().get(h), h);
            assertEquals(a.summary().get(h), b.summary().get(h), id + " " + h);
        }
    }
}

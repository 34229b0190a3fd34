package trade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.engine.port.FundingRates;
import trade.play.Defaults;
import trade.play.Setting;
import trade.report.CanonicalJson;

/** V_CORE_001 backtested with bound values: they change what it trades, are recorded, and enter the hashes. */
class BoundBacktestTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final BacktestRun.Source SEED_42 = new BacktestRun.Source.Synthetic(42, null, null);
    private static final List<String> HASHES = List.of("play_hash", "input_hash", "trades_hash", "equity_hash", "run_hash");

    @TempDir
    static Path out;
    static BacktestRun.Outcome asWritten;

    @BeforeAll
    static void runAsWritten() {
        asWritten = new BacktestRun(play(), SEED_42, out, null).run();
    }

    private static Path play() { return PlayLocator.locate("V_CORE_001", ROOT.resolve("plays")); }

    private static BacktestRun.Outcome run(Path outRoot, String... settings) {
        List<Setting> bound = List.of(settings).stream().map(Setting::parse).toList();
        return new BacktestRun(play(), SEED_42, outRoot, null, FundingRates.constant(Defaults.FUNDING_RATE), bound).run();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resultJson(BacktestRun.Outcome outcome) throws IOException {
        return (Map<String, Object>) CanonicalJson.parse(Files.readString(outcome.artifacts().resolve("result.json")));
    }

    @Test
    void aFasterEmaTradesDifferentlyAndIsRecorded() throws IOException {
        BacktestRun.Outcome fast = run(out, "features.ema_fast_9.length=5.0");
        for (String h : List.of("play_hash", "input_hash", "trades_hash", "equity_hash")) {
            assertNotEquals(asWritten.summary().get(h), fast.summary().get(h), h);
        }
        assertNotEquals(asWritten.artifacts(), fast.artifacts(), "another Play, another run folder");
        assertFalse(fast.result().trades().isEmpty(), "the faster EMA still trades, at other times");
        assertEquals(List.of(Map.of("path", "features.ema_fast_9.length", "value", "5")), resultJson(fast).get("parameters"));
        assertEquals(fast.summary().get("play_hash"), resultJson(fast).get("play_hash"));
        assertEquals("features.ema_fast_9.length=5", fast.summary().get("parameters"));
    }

    @Test
    void bindingThePlaysOwnValuesGivesTheSameRun(@TempDir Path elsewhere) {
        BacktestRun.Outcome same = run(elsewhere, "features.ema_fast_9.length=9", "risk.stop_loss_pct=3.0", "account.max_leverage=1");
        for (String h : HASHES) assertEquals(asWritten.summary().get(h), same.summary().get(h), h);
        assertEquals(asWritten.artifacts().getFileName(), same.artifacts().getFileName(), "the same run folder");
    }

    @Test
    void aRunWithoutSettingsRecordsNone() throws IOException {
        assertFalse(resultJson(asWritten).containsKey("parameters"));
        assertFalse(asWritten.summary().containsKey("parameters"));
    }
}

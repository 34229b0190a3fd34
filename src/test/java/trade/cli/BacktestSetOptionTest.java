package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.report.CanonicalJson;

/** {@code play backtest PLAY --set PATH=VALUE} end to end: the run, what it records, and each refusal (exit 2, nothing written). */
class BacktestSetOptionTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() { return (Map<String, Object>) ((Map<String, Object>) CanonicalJson.parse(out)).get("data"); }
    }

    private Run backtest(String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "V_CORE_001", "--plays", ROOT.resolve("plays").toString(),
                "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void settingsRunAreRecordedAndChangeThePlayHash() throws IOException {
        Run plain = backtest("--json");
        Run bound = backtest("--json", "--set", "features.ema_fast_9.length=5", "--set", "risk.stop_loss_pct=2.50");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, bound.code(), bound.err());
        assertNotEquals(plain.data().get("play_hash"), bound.data().get("play_hash"));
        assertNotEquals(plain.data().get("artifact_path"), bound.data().get("artifact_path"));
        assertEquals("features.ema_fast_9.length=5 risk.stop_loss_pct=2.5", bound.data().get("parameters"));
        Map<?, ?> result = (Map<?, ?>) CanonicalJson.parse(Files.readString(Path.of((String) bound.data().get("artifact_path")).resolve("result.json")));
        assertEquals(List.of(Map.of("path", "features.ema_fast_9.length", "value", "5"), Map.of("path", "risk.stop_loss_pct", "value", "2.5")),
                result.get("parameters"));
    }

    @Test
    void theTableShowsTheSettings() {
        Run r = backtest("--set", "features.ema_fast_9.length=5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("parameters         features.ema_fast_9.length=5\n"), r.out());
    }

    @Test
    void aBadPathListsThePathsOfThePlay() {
        Run r = backtest("--set", "features.ema_fast_9.lenght=5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("V_CORE_001_ema_cross_trend.yml: error[UNKNOWN_PARAMETER_PATH]: 'features.ema_fast_9.lenght' is not a parameter of V_CORE_001\n"), r.err());
        assertTrue(r.err().contains("  = expected one of features.ema_fast_9.length, features.ema_slow_21.length, features.rsi_14.length, structures.pivots.mode,"), r.err());
        assertTrue(r.err().contains("account.risk_per_trade_pct, found features.ema_fast_9.lenght\n  = did you mean features.ema_fast_9.length"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aValueOutOfRangeNamesThePathAndTheRange() {
        Run r = backtest("--set", "risk.stop_loss_pct=150", "--json");
        assertEquals(2, r.code());
        Map<String, Object> issue = ((List<Map<String, Object>>) r.data().get("issues")).getFirst();
        assertEquals("INVALID_RISK", issue.get("code"));
        assertEquals("bad value for risk.stop_loss_pct", issue.get("message"));
        assertEquals("a number in (0, 100]", issue.get("expected"));
        assertEquals("150", issue.get("found"));
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aSettingWithoutValueIsBadInput() {
        Run r = backtest("--set", "features.ema_fast_9.length");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a setting is written PATH=VALUE"), r.err());
    }
}

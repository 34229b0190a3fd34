package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.report.CanonicalJson;

/** The validate tiers and {@code play forge audit} end to end through the CLI, on the project's Plays and small folders. */
class ValidationTiersTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final Path PLAYS = ROOT.resolve("plays");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() { return (Map<String, Object>) ((Map<String, Object>) CanonicalJson.parse(out)).get("data"); }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gates() { return (List<Map<String, Object>>) data().get("gates"); }

        String status(String gate) {
            return gates().stream().filter(g -> g.get("gate").equals(gate)).findFirst().map(g -> (String) g.get("status")).orElse("absent");
        }
    }

    private Run play(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void quickChecksEveryPlayRunsTheCorePlaysAndDeterminism() {
        Run r = play("validate", "quick", "--plays", PLAYS.toString(), "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("static-check", "core-plays", "determinism"), r.gates().stream().map(g -> g.get("gate")).toList());
        r.gates().forEach(g -> assertEquals("pass", g.get("status"), g.toString()));
    }

    @Test
    void aFailedGateStopsTheTierUnlessKeepGoing() throws IOException {
        Path plays = dir.resolve("plays");
        Files.createDirectories(plays.resolve("core"));
        Files.copy(PLAYS.resolve("core/V_CORE_001_ema_cross_trend.yml"), plays.resolve("core/V_CORE_001_ema_cross_trend.yml"));
        Files.writeString(plays.resolve("broken.yml"), Files.readString(PLAYS.resolve("core/V_CORE_001_ema_cross_trend.yml")).replace("[\"ema_fast_9\", \"cross_above\"", "[\"ema_fats_9\", \"cross_above\""));
        Run stopped = play("validate", "quick", "--plays", plays.toString(), "--out", dir.resolve("out").toString(), "--json");
        assertEquals(ExitCodes.RUN_FAILED, stopped.code());
        assertEquals("fail", stopped.status("static-check"));
        assertEquals("skipped", stopped.status("core-plays"));
        assertTrue(stopped.out().contains("broken.yml"), "the failure names the file");

        Run all = play("validate", "quick", "--plays", plays.toString(), "--out", dir.resolve("out").toString(), "--keep-going", "--json");
        assertEquals(ExitCodes.RUN_FAILED, all.code());
        assertEquals("pass", all.status("core-plays"));
        assertEquals("pass", all.status("determinism"));
    }

    @Test
    void preLiveFailsAPlayWithoutADrawdownStopAndPassesOneStatedInFull() throws IOException {
        Run core = play("validate", "pre-live", "--play", "V_CORE_001", "--plays", PLAYS.toString(), "--out", dir.toString(), "--json");
        assertEquals(ExitCodes.RUN_FAILED, core.code());
        assertEquals("fail", core.status("exchange-settings"));
        assertTrue(core.out().contains("max_drawdown_pct"), core.out());

        String text = Files.readString(PLAYS.resolve("core/V_CORE_004_multi_timeframe.yml"));
        assertTrue(text.contains("max_drawdown_pct"), "the fixture edits the core Play's drawdown stop");
        Path ready = Files.writeString(dir.resolve("ready.yml"), text.replaceAll("max_drawdown_pct: *[0-9.]+", "max_drawdown_pct: 25.0"));
        Run ok = play("validate", "pre-live", "--play", ready.toString(), "--out", dir.resolve("out").toString(), "--json");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(List.of("exchange-settings", "static-check", "rollup-parity", "indicator-parity", "structure-parity", "warm-up",
                "look-ahead", "determinism", "metrics", "synthetic-run"), ok.gates().stream().map(g -> g.get("gate")).toList());
    }

    @Test
    void preLiveRefusesMoreLeverageThanTheInstrumentAllows() throws IOException {
        String text = Files.readString(PLAYS.resolve("core/V_CORE_004_multi_timeframe.yml"));
        assertTrue(text.contains("symbol: \"BTCUSDT\"") && text.contains("max_leverage: 1.0"), "the fixture edits the core Play's leverage");
        Path geared = Files.writeString(dir.resolve("geared.yml"),
                text.replaceAll("max_drawdown_pct: *[0-9.]+", "max_drawdown_pct: 25.0").replace("max_leverage: 1.0", "max_leverage: 125.0"));
        Run r = play("validate", "pre-live", "--play", geared.toString(), "--out", dir.toString(), "--json");
        assertEquals(ExitCodes.RUN_FAILED, r.code());
        assertEquals("fail", r.status("exchange-settings"));
        assertTrue(r.out().contains("leverage 125.00 is above BTCUSDT's maximum of 100.00x"), r.out());
    }

    @Test
    void fullRunsEveryAuditAndTheSuiteWithItsTable() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("suite/a"));
        Files.copy(PLAYS.resolve("core/V_CORE_002_bos_choch.yml"), suite.resolve("V_CORE_002_bos_choch.yml"));
        Files.writeString(suite.resolve("bad.yml"), Files.readString(PLAYS.resolve("core/V_CORE_002_bos_choch.yml")).replace("symbol:", "symbl:"));
        Path expect = Files.writeString(dir.resolve("expect.txt"), "a/bad.yml MISSING_REQUIRED_FIELD  # no symbol\n");
        Run r = play("validate", "full", dir.resolve("suite").toString(), "--expect-rejects", expect.toString(), "--plays", PLAYS.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("| a | 2 | 1 | 0 | 1 | 0 |"), r.out());
        for (String gate : List.of("rollup-parity", "indicator-parity", "structure-parity", "warm-up", "look-ahead", "metrics", "suite",
                "warm-up (suite)", "look-ahead (suite)")) {
            assertTrue(r.out().contains("| " + gate + " | pass |"), gate + "\n" + r.out());
        }
    }

    @Test
    void forgeAuditRunsTheNamedAuditsAndRefusesUnknownNames() {
        Run two = play("forge", "audit", "--only", "rollup-parity,warm-up", "--reduced", "--plays", PLAYS.toString(), "--out", dir.toString(), "--json");
        assertEquals(0, two.code(), two.out() + two.err());
        assertEquals(List.of("rollup-parity", "warm-up"), two.gates().stream().map(g -> g.get("gate")).toList());
        assertTrue(((Number) two.gates().get(0).get("checked")).longValue() > 0);

        Run bad = play("forge", "audit", "--only", "look-ahed");
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("did you mean look-ahead?"), bad.err());
    }
}

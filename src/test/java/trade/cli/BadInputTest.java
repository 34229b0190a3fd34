package trade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a clear positioned message, exit code 2, and writes no artifacts. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            version: "3.0.0"
            name: "bad_case"
            symbol: "BTCUSDT"
            timeframes: {low_tf: "15m", med_tf: "1h", high_tf: "D", exec: "low_tf"}
            account: {starting_equity_usdt: 10000.0, max_leverage: 1.0, slippage_bps: 2.0, min_trade_notional_usdt: 10.0}
            features:
              ema_9: {indicator: ema, params: {length: 9}}
              ema_21: {indicator: ema, params: {length: 21}}
            actions:
              entry_long:
                - ["ema_9", "cross_above", "ema_21"]
            risk: {stop_loss_pct: 3.0, take_profit_pct: 6.0}
            validation: {pattern: "trend_up_clean"}
            """;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("bad_case.yml");
        Files.writeString(file, text);
        return file;
    }

    private Run backtest(Path file) {
        return run("backtest", file.toString(), "--bars", "5", "--out", dir.resolve("out").toString());
    }

    @Test
    void missingPlay() {
        Run r = run("backtest", "NO_SUCH_PLAY", "--plays", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no Play 'NO_SUCH_PLAY'"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void yamlSyntaxErrorHasLineAndColumn() throws IOException {
        Path file = write(GOOD.replace("ema_21: {indicator: ema, params: {length: 21}}", "ema_21: {indicator: ema, params: {length: 21}"));
        Run r = backtest(file);
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*bad_case\\.yml:\\d+:\\d+: error\\[YAML_PARSE_ERROR\\].*"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void undeclaredFeatureIsPointedAt() throws IOException {
        Path file = write(GOOD.replace("[\"ema_9\", \"cross_above\", \"ema_21\"]", "[\"ema_9\", \"cross_above\", \"ema_12\"]"));
        Run r = backtest(file);
        assertEquals(2, r.code());
        // line 11, column 33 is the first character inside the quotes of "ema_12"
        assertTrue(r.err().contains("bad_case.yml:11:33: error[UNDECLARED_FEATURE]: 'ema_12' is not declared"), r.err());
        assertTrue(r.err().contains("^^^^^^"), r.err());
        assertTrue(r.err().contains("did you mean ema_21"), r.err());
    }

    @Test
    void unknownOperatorIsPointedAt() throws IOException {
        Path file = write(GOOD.replace("\"cross_above\"", "\"crosses_above\""));
        Run r = backtest(file);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad_case.yml:11:17: error[UNKNOWN_OPERATOR]: unknown operator 'crosses_above'"), r.err());
        assertTrue(r.err().contains("did you mean cross_above"), r.err());
    }

    @Test
    void allErrorsOfAFileAreReportedAtOnce() throws IOException {
        Path file = write(GOOD.replace("\"cross_above\"", "\"gt\"").replace("ema_9: {indicator: ema,", "ema_9: {indicatr: ema,"));
        Run r = backtest(file);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error[UNKNOWN_KEY]"), r.err());
        assertTrue(r.err().contains("error[UNKNOWN_OPERATOR]"), r.err());
    }

    @Test
    void jsonModeReportsIssuesOnStdout() throws IOException {
        Path file = write(GOOD.replace("\"cross_above\"", "\"crosses_above\""));
        Run r = run("backtest", file.toString(), "--json", "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("\"status\": \"error\""), r.out());
        assertTrue(r.out().contains("\"code\": \"UNKNOWN_OPERATOR\""), r.out());
    }
}

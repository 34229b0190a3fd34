package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.PlayException;

/** configs/defaults.yml is read, not copied: the shipped file gives the values every run has used; a bad file is named at file:line:col. */
class DefaultsTest {
    private static final String SHIPPED = """
            fees:
              taker_bps: 5.5
              maker_bps: 2.0
              liquidation_bps: 5.5
            slippage_bps: 2.0
            funding:
              rate_per_8h: 0.0001
            account:
              starting_equity_usdt: 10000.0
              max_leverage: 1.0
              max_drawdown_pct: 100.0
              min_trade_notional_usdt: 10.0
              maintenance_margin_rate: 0.005
            risk:
              max_position_pct: 10.0
            """;

    @TempDir
    Path home;

    @Test
    void theShippedFileGivesTodaysValues() {
        Defaults shipped = Defaults.read(ConfigFile.find("defaults.yml", null));
        assertEquals(new Defaults(10_000.0, 5.5, 2.0, 5.5, 2.0, 0.0001, 1.0, 100.0, 10.0, 0.005, 10.0), shipped);
    }

    @Test
    void theConstantsAreTheValuesInForce() {
        assumeTrue(System.getenv("PLAY_HOME") == null, "PLAY_HOME may replace the shipped values");
        assertEquals(Defaults.read(ConfigFile.find("defaults.yml", null)), Defaults.inForce());
        assertEquals(5.5, Defaults.TAKER_BPS);
        assertEquals(0.0001, Defaults.FUNDING_RATE);
        assertEquals(10.0, Defaults.MAX_POSITION_PCT);
    }

    @Test
    void aFileUnderPlayHomeReplacesThePackagedOne() throws IOException {
        write(SHIPPED.replace("taker_bps: 5.5", "taker_bps: 4.0"));
        assertEquals(4.0, Defaults.read(ConfigFile.find("defaults.yml", home.toString())).takerBps());
    }

    @Test
    void aPlayHomeWithoutTheFileKeepsThePackagedOne() {
        assertEquals(5.5, Defaults.read(ConfigFile.find("defaults.yml", home.toString())).takerBps());
    }

    @Test
    void aBadValueIsNamedAtFileLineColumnWithWhatWasExpected() throws IOException {
        Path file = write(SHIPPED.replace("maker_bps: 2.0", "maker_bps: two"));
        String message = failure(file);
        assertTrue(message.contains(file + ":3:14: fees.maker_bps has the wrong type: expected a number, found 'two'"), message);
    }

    @Test
    void anOutOfRangeValueSaysTheRange() throws IOException {
        Path file = write(SHIPPED.replace("max_drawdown_pct: 100.0", "max_drawdown_pct: 150"));
        assertTrue(failure(file).contains(file + ":11:21: account.max_drawdown_pct is out of range: expected a percent in (0, 100], found 150"), failure(file));
    }

    @Test
    void aMissingKeyAndATypoAreBothReported() throws IOException {
        Path file = write(SHIPPED.replace("  liquidation_bps: 5.5\n", "").replace("slippage_bps: 2.0", "slipage_bps: 2.0"));
        String message = failure(file);
        assertTrue(message.contains("(3 error(s))"), message);
        assertTrue(message.contains(file + ":2:3: fees has no 'liquidation_bps'"), message);
        assertTrue(message.contains(file + ":4:1: unknown key 'slipage_bps' in the top of " + file), message);
        assertTrue(message.contains("(did you mean slippage_bps?)"), message);
        assertTrue(message.contains(file + ":1:1: the top of " + file + " has no 'slippage_bps'"), message);
    }

    @Test
    void brokenYamlIsPositioned() throws IOException {
        Path file = write("fees: {taker_bps: 5.5\n");
        assertTrue(failure(file).startsWith(file + " is not a valid configuration (1 error(s)):\n" + file + ":2:1: YAML syntax error"), failure(file));
    }

    private Path write(String text) throws IOException {
        Path file = Files.createDirectories(home.resolve("configs")).resolve("defaults.yml");
        return Files.writeString(file, text);
    }

    private static String failure(Path file) {
        return assertThrows(PlayException.BadInput.class, () -> Defaults.read(ConfigFile.read(file))).getMessage();
    }
}

package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** configs/defaults.yml documents the defaults the loader applies; the two must not drift apart. */
class DefaultsTest {
    @Test
    void configFileMatchesTheLoader() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("play.root", ".")).resolve("configs/defaults.yml"));
        assertEquals(Defaults.TAKER_BPS, number(text, "taker_bps"));
        assertEquals(Defaults.MAKER_BPS, number(text, "maker_bps"));
        assertEquals(Defaults.SLIPPAGE_BPS, number(text, "slippage_bps"));
        assertEquals(Defaults.EQUITY, number(text, "starting_equity_usdt"));
        assertEquals(Defaults.MAX_POSITION_PCT, number(text, "max_position_pct"));
        assertEquals(Defaults.LIQUIDATION_BPS, number(text, "liquidation_bps"));
        assertEquals(Defaults.FUNDING_RATE, number(text, "rate_per_8h"));
    }

    private static double number(String text, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + key + ":\\s*([0-9.]+)").matcher(text);
        if (!m.find()) throw new AssertionError(key + " missing from configs/defaults.yml");
        return Double.parseDouble(m.group(1));
    }
}

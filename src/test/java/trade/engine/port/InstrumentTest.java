package trade.engine.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Instrument rules: the table equals {@code configs/defaults.yml}; prices go to the nearest tick, quantities down to the step. */
class InstrumentTest {
    @Test
    void theTableIsTheConfigFile() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("play.root", ".")).resolve("configs/defaults.yml"));
        Matcher m = Pattern.compile("(?m)^\\s+([A-Z0-9]+USDT): \\{tick_size: ([0-9.]+), qty_step: ([0-9.]+), min_notional_usdt: ([0-9.]+)}").matcher(text);
        int listed = 0;
        while (m.find()) {
            listed++;
            assertEquals(new Instrument(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))),
                    Instrument.of(m.group(1)), m.group(1));
        }
        assertEquals(4, listed, "instruments listed in configs/defaults.yml");
        assertEquals(Instrument.UNCONSTRAINED, Instrument.of("NOTLISTEDUSDT"));
    }

    @Test
    void pricesGoToTheNearestTickAsCleanDecimals() {
        Instrument btc = Instrument.of("BTCUSDT");
        assertEquals(50_123.4, btc.price(50_123.44), 0);
        assertEquals(50_123.5, btc.price(50_123.46), 0);
        assertEquals(0.3, new Instrument(0.1, 0, 0).price(0.30000000000000004), 0);
        assertEquals(12.35, Instrument.of("ETHUSDT").price(12.3456), 0);
        assertEquals(105, new Instrument(5, 0, 0).price(103), 0);
        assertEquals(Double.NaN, btc.price(Double.NaN));
        assertEquals(123.456789, Instrument.UNCONSTRAINED.price(123.456789), 0);
    }

    @Test
    void quantitiesRoundDownToTheStep() {
        Instrument btc = Instrument.of("BTCUSDT");
        assertEquals(0.199, btc.quantity(0.1999999), 0);
        assertEquals(0.3, btc.quantity(0.3), 0, "0.3 / 0.001 is 299.99999999999994: not one step less");
        assertEquals(12.3, Instrument.of("SOLUSDT").quantity(12.39), 0);
        assertEquals(0, btc.quantity(0.0009), 0);
    }
}

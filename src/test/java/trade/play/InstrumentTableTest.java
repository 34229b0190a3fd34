package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.Instrument;
import trade.core.PlayException;

/** configs/instruments.yml holds Bybit's rules; the rounding they give is the rounding every run has used. */
class InstrumentTableTest {
    private static final InstrumentTable SHIPPED = InstrumentTable.read(ConfigFile.find("instruments.yml", null));

    @TempDir
    Path home;

    @Test
    void theShippedTableListsTheFourPerpetuals() {
        assertEquals(4, SHIPPED.instruments().size());
        assertEquals(new Instrument(0.1, 0.001, 0.001, 1190, 5.0, 100, 0), SHIPPED.of("BTCUSDT"));
        assertEquals(0.01, SHIPPED.of("ETHUSDT").tickSize());
        assertEquals(0.01, SHIPPED.of("ETHUSDT").qtyStep());
        assertEquals(0.1, SHIPPED.of("SOLUSDT").qtyStep());
        assertEquals(0.1, SHIPPED.of("LTCUSDT").qtyStep());
        SHIPPED.instruments().forEach((symbol, rules) -> {
            assertEquals(rules.qtyStep(), rules.minOrderQty(), symbol + ": the minimum order is one step");
            assertEquals(5.0, rules.minNotionalUsdt(), symbol);
            assertEquals(0, rules.fetchedAtMs(), symbol + ": shipped, not fetched");
        });
    }

    @Test
    void roundingIsUnchanged() {
        Instrument btc = SHIPPED.of("BTCUSDT");
        assertEquals(50_000.0, btc.price(50_000.04), 0);
        assertEquals(0.001, btc.quantity(0.0019), 0);
        assertEquals(12.35, SHIPPED.of("ETHUSDT").price(12.3456), 0);
        assertEquals(12.3, SHIPPED.of("SOLUSDT").quantity(12.39), 0);
    }

    @Test
    void aSymbolTheTableDoesNotListTradesUnconstrained() {
        assertEquals(Instrument.UNCONSTRAINED, SHIPPED.of("NOTLISTEDUSDT"));
        assertEquals(123.456789, SHIPPED.of("NOTLISTEDUSDT").price(123.456789), 0);
    }

    @Test
    void aFileUnderPlayHomeReplacesThePackagedOne() throws IOException {
        write("""
                instruments:
                  BTCUSDT: {tick_size: 0.5, qty_step: 0.001, min_order_qty: 0.001, max_order_qty: 1000, min_notional_usdt: 5, max_leverage: 50, fetched_at_ms: 1767225600000}
                """);
        InstrumentTable table = InstrumentTable.read(ConfigFile.find("instruments.yml", home.toString()));
        assertEquals(new Instrument(0.5, 0.001, 0.001, 1000, 5, 50, 1_767_225_600_000L), table.of("BTCUSDT"));
        assertEquals(Instrument.UNCONSTRAINED, table.of("ETHUSDT"), "the replacement is the whole table");
    }

    @Test
    void everyBadRowIsNamedAtFileLineColumn() throws IOException {
        Path file = write("""
                instruments:
                  BTCUSDT: {tick_size: 0, qty_step: 0.001, min_order_qty: 0.001, max_order_qty: 1190, min_notional_usdt: 5, max_leverage: 100, fetched_at_ms: 0}
                  ETHUSDT: {tick_size: 0.01, qty_step: 0.01, min_order_qty: 0.01, max_order_qty: 7240, min_notional_usdt: 5, max_leverage: 100}
                  btcusdt: {tick_size: 0.1, qty_step: 0.001, min_order_qty: 0.001, max_order_qty: 1190, min_notional_usdt: 5, max_leverage: 100, fetched_at_ms: 0}
                """);
        String message = assertThrows(PlayException.BadInput.class, () -> InstrumentTable.read(ConfigFile.read(file))).getMessage();
        assertTrue(message.contains(file + ":2:24: instruments.BTCUSDT.tick_size is out of range: expected a number > 0, found 0"), message);
        assertTrue(message.contains(file + ":3:12: instruments.ETHUSDT has no 'fetched_at_ms'"), message);
        assertTrue(message.contains(file + ":4:3: instrument 'btcusdt' is not a symbol"), message);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve("configs")).resolve("instruments.yml"), text);
    }
}

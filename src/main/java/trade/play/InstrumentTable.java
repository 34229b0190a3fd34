package trade.play;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import trade.core.Instrument;

/**
 * The exchange's trading rules per symbol, read from {@code configs/instruments.yml} (packaged, or
 * its {@code $PLAY_HOME/configs/} replacement). The engine may not read files, so whoever builds
 * an account (app, validate) looks the instrument up here and hands it in.
 */
public record InstrumentTable(Map<String, Instrument> instruments) {
    private static final List<String> KEYS = List.of("tick_size", "qty_step", "min_order_qty", "max_order_qty",
            "min_notional_usdt", "max_leverage", "fetched_at_ms");
    private static final InstrumentTable BYBIT = read(ConfigFile.inForce("instruments.yml"));

    public InstrumentTable {
        instruments = Map.copyOf(instruments);
    }

    /** Bybit's USDT perpetuals as this process sees them (read once; the CLI reads them before any command). */
    public static InstrumentTable bybit() { return BYBIT; }

    /** The rules of {@code symbol}; {@link Instrument#UNCONSTRAINED} when the table does not list it. */
    public Instrument of(String symbol) { return instruments.getOrDefault(symbol, Instrument.UNCONSTRAINED); }

    /** Reads an instruments file; every problem of every row is reported at once, at file:line:col. */
    static InstrumentTable read(ConfigFile file) {
        Map<String, Instrument> out = new LinkedHashMap<>();
        Optional<ConfigFile.Section> table = file.top(List.of("instruments"))
                .flatMap(top -> file.table(top, "instruments"));
        for (YamlDoc.Entry row : table.map(ConfigFile.Section::entries).orElse(Map.of()).values()) {
            if (!row.key().matches("[A-Z0-9]+")) {
                file.error(row.keySpan(), "instrument '" + row.key() + "' is not a symbol", "upper-case letters and digits, e.g. BTCUSDT", row.key());
            }
            file.section(table.get(), row.key(), KEYS).ifPresent(s -> {
                double tick = file.number(s, "tick_size", v -> v > 0, "a number > 0");
                double step = file.number(s, "qty_step", v -> v > 0, "a number > 0");
                double minQty = file.number(s, "min_order_qty", v -> v >= 0, "a number ≥ 0");
                double maxQty = file.number(s, "max_order_qty", v -> v >= 0, "a number ≥ 0 (0 = no limit)");
                double minNotional = file.number(s, "min_notional_usdt", v -> v >= 0, "a number ≥ 0");
                double maxLeverage = file.number(s, "max_leverage", v -> v == 0 || v >= 1, "a number ≥ 1 (0 = no limit)");
                long fetchedAt = file.count(s, "fetched_at_ms");
                if (maxQty > 0 && maxQty < minQty) {
                    file.error(s.entries().get("max_order_qty").keySpan(), s.path() + "max_order_qty is below min_order_qty",
                            "at least " + minQty + " (or 0 = no limit)", Double.toString(maxQty));
                } else if (!Double.isNaN(tick + step + minQty + maxQty + minNotional + maxLeverage) && fetchedAt >= 0) {
                    out.put(row.key(), new Instrument(tick, step, minQty, maxQty, minNotional, maxLeverage, fetchedAt));
                }
            });
        }
        file.throwIfErrors();
        return new InstrumentTable(out);
    }
}

package trade.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.engine.EquityCurve;
import trade.engine.TradeRecord;

/**
 * The rows of {@code trades.parquet} (results-and-hashes.md §5.1) and {@code equity.parquet}
 * (§5.2) as plain Java values, so the Parquet writer in {@code data} needs nothing from
 * {@code report}. Each row is an ordered {@link LinkedHashMap} whose keys are the columns in file
 * order; values are {@link String}, {@link Double}, {@link Long}, {@link Boolean} or {@code null}.
 * The column types are given by name ({@code VARCHAR}, {@code DOUBLE}, {@code BIGINT},
 * {@code BOOLEAN}, {@code TIMESTAMP}); a {@code TIMESTAMP} value is a {@link Long} of UTC epoch
 * milliseconds.
 *
 * <p>The same trade rows are the input of the trades hash ({@link RunHashes#tradesHash}).
 */
public final class ArtifactTables {
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final Map<String, String> TRADE_COLUMNS = ordered(
            "trade_id", "VARCHAR", "symbol", "VARCHAR", "side", "VARCHAR",
            "entry_time", "VARCHAR", "entry_price", "DOUBLE", "entry_size", "DOUBLE",
            "entry_size_usdt", "DOUBLE", "exit_time", "VARCHAR", "exit_price", "DOUBLE",
            "exit_reason", "VARCHAR", "realized_pnl", "DOUBLE", "fees_paid", "DOUBLE",
            "net_pnl", "DOUBLE", "pnl_pct", "DOUBLE", "stop_loss", "DOUBLE", "take_profit", "DOUBLE",
            "entry_bar_index", "BIGINT", "exit_bar_index", "BIGINT", "duration_bars", "BIGINT",
            "exit_price_source", "VARCHAR", "entry_ready", "BOOLEAN", "exit_ready", "BOOLEAN",
            "mae_pct", "DOUBLE", "mfe_pct", "DOUBLE", "funding_pnl", "DOUBLE");

    private static final Map<String, String> EQUITY_COLUMNS = ordered(
            "bar_idx", "BIGINT", "timestamp", "TIMESTAMP", "equity", "DOUBLE", "ts_ms", "BIGINT");

    private ArtifactTables() {}

    /**
     * The trade columns in file order (name → type): the 25 columns of §5.1, plus a trailing
     * {@code metadata} VARCHAR column when any trade carries metadata.
     */
    public static Map<String, String> tradeColumns(List<TradeRecord> trades) {
        Map<String, String> columns = new LinkedHashMap<>(TRADE_COLUMNS);
        if (hasMetadata(trades)) columns.put("metadata", "VARCHAR");
        return Collections.unmodifiableMap(columns);
    }

    /** One row per trade, keys as {@link #tradeColumns}. */
    public static List<Map<String, Object>> tradeRows(List<TradeRecord> trades) {
        boolean withMetadata = hasMetadata(trades);
        List<Map<String, Object>> rows = new ArrayList<>(trades.size());
        for (TradeRecord k : trades) rows.add(tradeRow(k, withMetadata));
        return rows;
    }

    /** The equity columns in file order: {@code bar_idx, timestamp, equity, ts_ms}. */
    public static Map<String, String> equityColumns() { return EQUITY_COLUMNS; }

    /** One row per equity point; {@code timestamp} and {@code ts_ms} both hold the point's epoch ms. */
    public static List<Map<String, Object>> equityRows(EquityCurve curve) {
        List<Map<String, Object>> rows = new ArrayList<>(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(8);
            row.put("bar_idx", (long) curve.barIndex()[i]);
            row.put("timestamp", curve.timeMs()[i]);
            row.put("equity", curve.equity()[i]);
            row.put("ts_ms", curve.timeMs()[i]);
            rows.add(row);
        }
        return rows;
    }

    /** {@code YYYY-MM-DDTHH:MM:SS} in UTC (sub-second part dropped). */
    public static String isoSeconds(long epochMs) {
        return ISO_SECONDS.format(Instant.ofEpochMilli(epochMs));
    }

    private static Map<String, Object> tradeRow(TradeRecord k, boolean withMetadata) {
        Map<String, Object> row = new LinkedHashMap<>(40);
        row.put("trade_id", k.tradeId());
        row.put("symbol", k.symbol());
        row.put("side", k.side().label());
        row.put("entry_time", isoSeconds(k.entryTimeMs()));
        row.put("entry_price", k.entryPrice());
        row.put("entry_size", k.entryQty());
        row.put("entry_size_usdt", k.entrySizeUsdt());
        row.put("exit_time", isoSeconds(k.exitTimeMs()));
        row.put("exit_price", k.exitPrice());
        row.put("exit_reason", k.exitReason());
        row.put("realized_pnl", k.realizedPnl());
        row.put("fees_paid", k.feesPaid());
        row.put("net_pnl", k.netPnl());
        row.put("pnl_pct", k.pnlPct());
        row.put("stop_loss", orNull(k.stopLoss()));
        row.put("take_profit", orNull(k.takeProfit()));
        row.put("entry_bar_index", (long) k.entryBarIndex());
        row.put("exit_bar_index", (long) k.exitBarIndex());
        row.put("duration_bars", (long) k.durationBars());
        row.put("exit_price_source", k.exitPriceSource());
        row.put("entry_ready", Boolean.TRUE);
        row.put("exit_ready", Boolean.TRUE);
        row.put("mae_pct", Metrics.round(k.maePct(), 4));
        row.put("mfe_pct", Metrics.round(k.mfePct(), 4));
        row.put("funding_pnl", k.fundingPnl());
        if (withMetadata) {
            row.put("metadata", k.metadata().isEmpty() ? null : CanonicalJson.compact(k.metadata()));
        }
        return row;
    }

    private static Double orNull(double x) { return Double.isNaN(x) ? null : x; }

    private static boolean hasMetadata(List<TradeRecord> trades) {
        for (TradeRecord k : trades) if (!k.metadata().isEmpty()) return true;
        return false;
    }

    private static Map<String, String> ordered(String... nameTypePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) m.put(nameTypePairs[i], nameTypePairs[i + 1]);
        return Collections.unmodifiableMap(m);
    }
}

package trade.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.data.ParquetTables.Column;
import trade.data.ParquetTables.ColumnType;

class ParquetTablesTest {
    private static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    @TempDir
    Path dir;

    /** The trades.parquet schema as the report package describes it (name → type name). */
    private static Map<String, String> tradeColumns() {
        Map<String, String> c = new LinkedHashMap<>();
        for (String s : new String[] {"trade_id", "symbol", "side", "entry_time"}) c.put(s, "VARCHAR");
        c.put("entry_price", "DOUBLE");
        c.put("entry_size", "DOUBLE");
        c.put("entry_size_usdt", "DOUBLE");
        c.put("exit_time", "VARCHAR");
        c.put("exit_price", "DOUBLE");
        c.put("exit_reason", "VARCHAR");
        for (String s : new String[] {"realized_pnl", "fees_paid", "net_pnl", "pnl_pct", "stop_loss", "take_profit"}) {
            c.put(s, "DOUBLE");
        }
        for (String s : new String[] {"entry_bar_index", "exit_bar_index", "duration_bars"}) c.put(s, "BIGINT");
        c.put("exit_price_source", "VARCHAR");
        c.put("entry_ready", "BOOLEAN");
        c.put("exit_ready", "BOOLEAN");
        for (String s : new String[] {"mae_pct", "mfe_pct", "funding_pnl"}) c.put(s, "DOUBLE");
        c.put("metadata", "VARCHAR");
        return c;
    }

    private static Map<String, Object> tradeRow(int i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("trade_id", String.format("trade_%03d", i));
        r.put("symbol", "BTCUSDT");
        r.put("side", i % 2 == 0 ? "long" : "short");
        r.put("entry_time", "2025-01-01T00:15:00");
        r.put("entry_price", 42_000.5 + i);
        r.put("entry_size", 0.1 / (i + 1));
        r.put("entry_size_usdt", 4200.05);
        r.put("exit_time", "2025-01-01T01:15:00");
        r.put("exit_price", 0.1 + 0.2);
        r.put("exit_reason", "tp");
        r.put("realized_pnl", -1e-5);
        r.put("fees_paid", 2.5);
        r.put("net_pnl", -2.50001);
        r.put("pnl_pct", Double.NaN);
        r.put("stop_loss", i % 2 == 0 ? null : 41_000.0);
        r.put("take_profit", null);
        r.put("entry_bar_index", (long) i);
        r.put("exit_bar_index", i + 4L);
        r.put("duration_bars", 4L);
        r.put("exit_price_source", "tp_level");
        r.put("entry_ready", true);
        r.put("exit_ready", i % 3 == 0);
        r.put("mae_pct", -0.1234);
        r.put("mfe_pct", 1.5e16);
        r.put("funding_pnl", 0.0);
        r.put("metadata", i == 1 ? "{\"note\":\"caf\u00e9 'quoted'\"}" : null);
        return r;
    }

    @Test
    void tradesRoundTripWithColumnOrderTypesAndValues() {
        Path file = dir.resolve("trades.parquet");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) rows.add(tradeRow(i));
        ParquetTables.write(file, tradeColumns(), rows);

        ParquetTables.Table back = ParquetTables.read(file);
        assertEquals(ParquetTables.columns(tradeColumns()), back.columns());
        assertEquals(3000, back.rows().size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(new ArrayList<>(rows.get(i).entrySet()), new ArrayList<>(back.rows().get(i).entrySet()),
                    "row " + i);
        }
    }

    @Test
    void equityRoundTripOfFortyThousandRows() {
        Path file = dir.resolve("equity.parquet");
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("bar_idx", "BIGINT");
        columns.put("timestamp", "TIMESTAMP");
        columns.put("equity", "DOUBLE");
        columns.put("ts_ms", "BIGINT");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            long ts = T0 + (i + 1) * 900_000L;
            r.put("bar_idx", (long) i);
            r.put("timestamp", ts);
            r.put("equity", 10_000.0 + Math.sin(i) * 123.456789);
            r.put("ts_ms", ts);
            rows.add(r);
        }
        long start = System.nanoTime();
        ParquetTables.write(file, columns, rows);
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println("equity.parquet 40k rows written in " + micros / 1000 + " ms"); // informational only

        ParquetTables.Table back = ParquetTables.read(file);
        assertEquals(List.of(new Column("bar_idx", ColumnType.BIGINT), new Column("timestamp", ColumnType.TIMESTAMP),
                new Column("equity", ColumnType.DOUBLE), new Column("ts_ms", ColumnType.BIGINT)), back.columns());
        assertEquals(rows, back.rows());
        assertEquals(T0 + 900_000L, back.rows().get(0).get("timestamp"));
    }

    @Test
    void emptyTableKeepsItsColumns() {
        Path file = dir.resolve("empty.parquet");
        ParquetTables.write(file, tradeColumns(), List.of());
        ParquetTables.Table back = ParquetTables.read(file);
        assertEquals(ParquetTables.columns(tradeColumns()), back.columns());
        assertTrue(back.rows().isEmpty());
    }

    @Test
    void fileIsSnappyCompressedParquet() throws Exception {
        Path file = dir.resolve("t.parquet");
        ParquetTables.write(file, List.of(new Column("x", ColumnType.BIGINT)), List.of(Map.of("x", 1L)));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("PAR1", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("x"));
        // DuckDB reports the codec per column chunk
        try (var conn = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var ps = conn.prepareStatement("SELECT DISTINCT compression FROM parquet_metadata(?)")) {
            ps.setString(1, file.toString());
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("SNAPPY", rs.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void rowsMustMatchTheColumns() {
        Path file = dir.resolve("bad.parquet");
        List<Column> cols = List.of(new Column("a", ColumnType.BIGINT), new Column("b", ColumnType.VARCHAR));
        assertThrows(IllegalArgumentException.class, () -> ParquetTables.write(file, cols, List.of(Map.of("a", 1L))));
        assertThrows(IllegalArgumentException.class,
                () -> ParquetTables.write(file, cols, List.of(Map.of("a", 1L, "c", "x"))));
        assertThrows(IllegalArgumentException.class,
                () -> ParquetTables.write(file, cols, List.of(Map.of("a", "1", "b", "x"))));
        assertThrows(IllegalArgumentException.class,
                () -> ParquetTables.columns(Map.of("a", "TEXT")));
    }
}

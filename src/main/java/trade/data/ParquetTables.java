package trade.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import trade.core.PlayException;

/**
 * Writes and reads Parquet files through an embedded, in-memory DuckDB. A table is a list of typed
 * columns and rows of plain Java values keyed by column name; no DuckDB or JDBC type leaves this
 * class.
 *
 * <p>Value types per column type: {@code VARCHAR} → {@link String}; {@code DOUBLE} → any
 * {@link Number} written as a double (read back as {@link Double}; NaN is kept);
 * {@code BIGINT} → {@link Integer} or {@link Long} (read back as {@link Long}); {@code BOOLEAN} →
 * {@link Boolean}; {@code TIMESTAMP} → {@link Long} UTC epoch milliseconds, stored as a zone-less
 * microsecond timestamp (Parquet {@code TIMESTAMP(MICROS)}) and read back as epoch milliseconds.
 * {@code null} is a null cell in every type. Files are written with Snappy compression.
 *
 * <p>Writing uses the DuckDB appender into a temporary table, then {@code COPY … TO}; reading uses
 * {@code read_parquet}. Failures surface as {@link PlayException.RunFailed}.
 */
public final class ParquetTables {
    /** The column types a table may have. */
    public enum ColumnType { VARCHAR, DOUBLE, BIGINT, BOOLEAN, TIMESTAMP }

    /** One column: a name and its type. */
    public record Column(String name, ColumnType type) {
        public Column {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException("column name is empty");
            if (type == null) throw new IllegalArgumentException("column " + name + " has no type");
        }
    }

    /** A table read back from a file: columns in file order, rows as ordered maps. */
    public record Table(List<Column> columns, List<Map<String, Object>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private ParquetTables() {}

    /** Columns from a name → type-name map in order (type names as in {@link ColumnType}). */
    public static List<Column> columns(Map<String, String> nameToType) {
        List<Column> columns = new ArrayList<>(nameToType.size());
        nameToType.forEach((name, type) -> columns.add(new Column(name, ColumnType.valueOf(type))));
        return columns;
    }

    /** Writes {@code rows} to {@code file} with the columns given as name → type name. */
    public static void write(Path file, Map<String, String> columnTypes, List<? extends Map<String, ?>> rows) {
        write(file, columns(columnTypes), rows);
    }

    /**
     * Writes {@code rows} to {@code file} (replaced if present). Every row must hold exactly the
     * given columns; a missing or extra key is an error, so a typo cannot become a null column.
     */
    public static void write(Path file, List<Column> columns, List<? extends Map<String, ?>> rows) {
        if (columns.isEmpty()) throw new IllegalArgumentException("a Parquet table needs at least one column");
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) throw new IllegalArgumentException("duplicate column " + c.name());
        }
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = conn.createStatement()) {
            st.execute(createTable(columns));
            DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
            try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
                int r = 0;
                for (Map<String, ?> row : rows) {
                    if (row.size() != columns.size()) {
                        throw new IllegalArgumentException("row " + r + " has columns " + row.keySet()
                                + ", expected " + columns.stream().map(Column::name).toList());
                    }
                    app.beginRow();
                    for (Column c : columns) {
                        if (!row.containsKey(c.name())) {
                            throw new IllegalArgumentException("row " + r + " lacks column " + c.name());
                        }
                        append(app, c, row.get(c.name()), r);
                    }
                    app.endRow();
                    r++;
                }
            }
            st.execute("COPY t TO " + sqlString(file.toAbsolutePath().toString())
                    + " (FORMAT parquet, COMPRESSION snappy)");
        } catch (SQLException e) {
            throw new PlayException.RunFailed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a Parquet file: its columns (types mapped onto {@link ColumnType}) and every row. */
    public static Table read(Path file) {
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = conn.prepareStatement("SELECT * FROM read_parquet(?)")) {
            ps.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<Column> columns = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    columns.add(new Column(md.getColumnLabel(i), typeOf(md.getColumnTypeName(i), file)));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>(n * 2);
                    for (int i = 1; i <= n; i++) {
                        Column c = columns.get(i - 1);
                        row.put(c.name(), cell(rs, i, c.type()));
                    }
                    rows.add(row);
                }
                return new Table(columns, rows);
            }
        } catch (SQLException e) {
            throw new PlayException.RunFailed("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String createTable(List<Column> columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE t (");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append('"').append(columns.get(i).name().replace("\"", "\"\"")).append("\" ")
                    .append(columns.get(i).type().name());
        }
        return sql.append(')').toString();
    }

    private static void append(DuckDBAppender app, Column c, Object v, int row) throws SQLException {
        if (v == null) {
            app.appendNull();
            return;
        }
        switch (c.type()) {
            case VARCHAR -> {
                if (!(v instanceof String s)) throw wrongType(c, v, row);
                app.append(s);
            }
            case DOUBLE -> {
                if (!(v instanceof Number x)) throw wrongType(c, v, row);
                app.append(x.doubleValue());
            }
            case BIGINT, TIMESTAMP -> {
                if (!(v instanceof Long || v instanceof Integer)) throw wrongType(c, v, row);
                long x = ((Number) v).longValue();
                if (c.type() == ColumnType.BIGINT) app.append(x);
                else app.appendEpochMicros(Math.multiplyExact(x, 1000L)); // TIMESTAMP holds microseconds
            }
            case BOOLEAN -> {
                if (!(v instanceof Boolean b)) throw wrongType(c, v, row);
                app.append(b.booleanValue());
            }
        }
    }

    private static IllegalArgumentException wrongType(Column c, Object v, int row) {
        return new IllegalArgumentException("row " + row + " column " + c.name() + " (" + c.type()
                + ") holds a " + v.getClass().getSimpleName() + ": " + v);
    }

    private static Object cell(ResultSet rs, int i, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case VARCHAR -> rs.getString(i);
            case DOUBLE -> rs.getDouble(i);
            case BIGINT -> rs.getLong(i);
            case BOOLEAN -> rs.getBoolean(i);
            case TIMESTAMP -> {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                yield t == null ? null : t.toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        };
        return rs.wasNull() ? null : value;
    }

    private static ColumnType typeOf(String duckType, Path file) {
        String t = duckType.toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "VARCHAR" -> ColumnType.VARCHAR;
            case "DOUBLE", "FLOAT" -> ColumnType.DOUBLE;
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT" ->
                    ColumnType.BIGINT;
            case "BOOLEAN" -> ColumnType.BOOLEAN;
            default -> {
                if (t.startsWith("TIMESTAMP")) yield ColumnType.TIMESTAMP;
                throw new PlayException.BadInput(file + ": column type " + duckType + " is not supported");
            }
        };
    }

    private static String sqlString(String text) { return "'" + text.replace("'", "''") + "'"; }
}

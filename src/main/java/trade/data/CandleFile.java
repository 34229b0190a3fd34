package trade.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Suggestions;
import trade.core.Timeframe;

/**
 * 1m OHLCV candles a user brings in a CSV or Parquet file, read through an embedded DuckDB and
 * validated before anything runs.
 *
 * <p>Every row of the file is checked, in file order: each field present and a finite number,
 * the open time on a minute boundary and strictly after the previous row's (gaps are allowed:
 * exchanges have them), {@code high ≥ max(open, close)}, {@code low ≤ min(open, close)},
 * {@code volume ≥ 0}. The first bad row is reported with its position (the physical line of a
 * CSV file, the 1-based row of a Parquet file), the value and what was expected, as a
 * {@link PlayException.BadInput}; a backtest on half-checked data would be worthless.
 *
 * <p>The open time may be epoch milliseconds (any integer column, or text) or a timestamp
 * (a Parquet {@code TIMESTAMP}, or text DuckDB reads as one, taken as UTC). CSV files are read as
 * text and converted with {@code TRY_CAST}, so a value that is not a number is reported here
 * with its row rather than as a DuckDB parse error somewhere in the file.
 *
 * <p>{@link #write} is the other direction (for {@code play forge generate}): candles to a file
 * this class reads back into the identical candles.
 */
public final class CandleFile {
    /** The file formats, chosen by file extension. */
    public enum Format { CSV, PARQUET }

    /** The candle fields in the order of {@link Columns}. */
    private static final List<String> FIELDS = List.of("ts", "open", "high", "low", "close", "volume");

    /** Which column of the file holds each candle field. */
    public record Columns(String ts, String open, String high, String low, String close, String volume) {
        public static final Columns DEFAULT = new Columns("ts_ms", "open", "high", "low", "close", "volume");

        /**
         * {@link #DEFAULT} with the fields a mapping such as {@code ts=time,open=o} names replaced;
         * unnamed fields keep their default column.
         */
        public static Columns parse(String mapping) {
            Map<String, String> names = new LinkedHashMap<>();
            List<String> defaults = DEFAULT.names();
            for (int i = 0; i < FIELDS.size(); i++) names.put(FIELDS.get(i), defaults.get(i));
            for (String pair : mapping.split(",")) {
                String p = pair.strip();
                int eq = p.indexOf('=');
                if (eq <= 0 || eq == p.length() - 1) {
                    throw new PlayException.BadInput("--columns: '" + p + "' is not FIELD=COLUMN, expected e.g. ts=time,open=o");
                }
                String field = p.substring(0, eq).strip();
                if (!names.containsKey(field)) {
                    List<String> close = Suggestions.closest(field, FIELDS);
                    throw new PlayException.BadInput("--columns: unknown field '" + field + "', expected one of " + FIELDS
                            + (close.isEmpty() ? "" : "; did you mean " + close.getFirst() + "?"));
                }
                names.put(field, p.substring(eq + 1).strip());
            }
            return new Columns(names.get("ts"), names.get("open"), names.get("high"), names.get("low"),
                    names.get("close"), names.get("volume"));
        }

        /** The column names in field order. */
        public List<String> names() { return List.of(ts, open, high, low, close, volume); }
    }

    /**
     * Candles of a file cut to a window.
     *
     * @param candles    the 1m candles with {@code fromMs ≤ open time < untilMs}
     * @param format     how the file was read
     * @param rowsInFile rows the file holds (all validated)
     */
    public record Loaded(Candles candles, Format format, int rowsInFile) {}

    private CandleFile() {}

    /**
     * Reads and validates every row of {@code file}, then keeps the candles opening in
     * {@code [fromMs, untilMs)} (use {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} for no bound).
     */
    public static Loaded read(Path file, Columns columns, long fromMs, long untilMs) {
        if (!Files.isRegularFile(file)) throw new PlayException.BadInput("candle file not found: " + file);
        Format format = formatOf(file);
        String source = source(file, format);
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = conn.createStatement()) {
            Map<String, String> fileColumns = describe(st, source);
            List<String> names = resolve(columns, fileColumns, file);
            Rows rows = load(st, source, names, fileColumns);
            Problem first = rows.firstProblem();
            if (first != null) {
                throw new PlayException.BadInput(position(file, format, first.row()) + first.describe(names, raw(st, source, names, first))
                        + (rows.problems > 1 ? " (" + (rows.problems - 1) + " more bad rows after it)" : ""));
            }
            if (rows.size == 0) throw new PlayException.BadInput(file + " holds no candles");
            return new Loaded(rows.window(file, fromMs, untilMs), format, rows.size);
        } catch (SQLException e) {
            throw new PlayException.BadInput("cannot read " + file + " as " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
        }
    }

    /**
     * Writes 1m {@code candles} to {@code file} as CSV (with header) or Parquet, chosen by the
     * extension, in the {@link Columns#DEFAULT} columns ({@code ts_ms} BIGINT epoch milliseconds,
     * the rest DOUBLE), so that {@link #read} gives back the same doubles bit for bit: Parquet holds
     * the doubles themselves, CSV each one's shortest round-trip text ({@link Double#toString}).
     *
     * <p>The file appears complete or not at all ({@link AtomicFile}); an existing file is replaced.
     *
     * @return the format written
     */
    public static Format write(Path file, Candles candles) {
        Format format = formatOf(file);
        AtomicFile.write(file, part -> {
            switch (format) {
                case CSV -> writeCsv(part, candles);
                case PARQUET -> ParquetTables.write(part, CANDLE_COLUMNS, rows(candles));
            }
        });
        return format;
    }

    private static final List<ParquetTables.Column> CANDLE_COLUMNS = List.of(
            new ParquetTables.Column(Columns.DEFAULT.ts(), ParquetTables.ColumnType.BIGINT),
            new ParquetTables.Column(Columns.DEFAULT.open(), ParquetTables.ColumnType.DOUBLE),
            new ParquetTables.Column(Columns.DEFAULT.high(), ParquetTables.ColumnType.DOUBLE),
            new ParquetTables.Column(Columns.DEFAULT.low(), ParquetTables.ColumnType.DOUBLE),
            new ParquetTables.Column(Columns.DEFAULT.close(), ParquetTables.ColumnType.DOUBLE),
            new ParquetTables.Column(Columns.DEFAULT.volume(), ParquetTables.ColumnType.DOUBLE));

    private static void writeCsv(Path file, Candles c) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", Columns.DEFAULT.names()));
            out.write('\n');
            for (int i = 0; i < c.size(); i++) {
                out.write(Long.toString(c.openTime(i)));
                for (double v : new double[] {c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i)}) {
                    out.write(',');
                    out.write(Double.toString(v));
                }
                out.write('\n');
            }
        }
    }

    /** The candles as Parquet rows, built one at a time as the writer asks for them. */
    private static List<Map<String, Object>> rows(Candles c) {
        Columns k = Columns.DEFAULT;
        return new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                return Map.of(k.ts(), c.openTime(i), k.open(), c.open(i), k.high(), c.high(i), k.low(), c.low(i),
                        k.close(), c.close(i), k.volume(), c.volume(i));
            }

            @Override
            public int size() { return c.size(); }
        };
    }

    /** The format of {@code file} by its extension; anything but .csv or .parquet is {@link PlayException.BadInput}. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return Format.CSV;
        if (name.endsWith(".parquet")) return Format.PARQUET;
        throw new PlayException.BadInput("cannot tell the format of " + file + ": expected a .csv or .parquet file");
    }

    /** The DuckDB table expression reading {@code file}; CSV cells as text, converted and checked by the caller. */
    static String source(Path file, Format format) {
        String path = sqlString(file.toAbsolutePath().toString());
        return format == Format.CSV ? "read_csv(" + path + ", header = true, all_varchar = true)" : "read_parquet(" + path + ")";
    }

    /** Column name → DuckDB type, in file order. */
    static Map<String, String> describe(Statement st, String source) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) columns.put(rs.getString("column_name"), rs.getString("column_type"));
        }
        return columns;
    }

    /** The file's own spelling of each mapped column (DuckDB names are case-insensitive, so are we). */
    private static List<String> resolve(Columns columns, Map<String, String> fileColumns, Path file) {
        List<String> resolved = new ArrayList<>(FIELDS.size());
        List<String> wanted = columns.names();
        for (int i = 0; i < FIELDS.size(); i++) {
            String want = wanted.get(i);
            String found = fileColumns.keySet().stream().filter(c -> c.equalsIgnoreCase(want)).findFirst().orElse(null);
            if (found == null) {
                List<String> close = Suggestions.closest(want, fileColumns.keySet());
                throw new PlayException.BadInput(file + " has no column '" + want + "' for " + FIELDS.get(i)
                        + "; its columns are " + fileColumns.keySet()
                        + (close.isEmpty() ? "" : "; did you mean " + close.getFirst() + "?")
                        + " (map columns with --columns " + FIELDS.get(i) + "=NAME,...)");
            }
            resolved.add(found);
        }
        return resolved;
    }

    private static Rows load(Statement st, String source, List<String> names, Map<String, String> types) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(timeExpression(names.getFirst(), types.get(names.getFirst())));
        for (int i = 1; i < names.size(); i++) sql.append(", TRY_CAST(").append(quote(names.get(i))).append(" AS DOUBLE)");
        sql.append(" FROM ").append(source);
        Rows rows = new Rows();
        double[] v = new double[5];
        boolean[] missing = new boolean[6];
        try (ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                long ts = rs.getLong(1);
                missing[0] = rs.wasNull();
                for (int k = 0; k < 5; k++) {
                    v[k] = rs.getDouble(k + 2);
                    missing[k + 1] = rs.wasNull();
                }
                rows.add(ts, v, missing);
            }
        }
        return rows;
    }

    /** SQL giving the open time in epoch milliseconds, or NULL where the value is no time. */
    static String timeExpression(String column, String type) {
        String c = quote(column);
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("TIMESTAMP")) return "epoch_ms(CAST(" + c + " AS TIMESTAMP))";
        if (t.equals("VARCHAR")) return "COALESCE(TRY_CAST(" + c + " AS BIGINT), epoch_ms(TRY_CAST(" + c + " AS TIMESTAMP)))";
        return "TRY_CAST(" + c + " AS BIGINT)";
    }

    /** The file's text of the field a problem is about, for the message (only read on failure). */
    private static String raw(Statement st, String source, List<String> names, Problem p) throws SQLException {
        if (p.kind() != Kind.NOT_A_NUMBER) return null;
        String sql = "SELECT CAST(" + quote(names.get(p.field())) + " AS VARCHAR) FROM " + source + " LIMIT 1 OFFSET " + p.row();
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** {@code file:LINE: } for CSV (physical line, header = 1), {@code file: row N: } for Parquet. */
    static String position(Path file, Format format, int row) {
        if (format == Format.PARQUET) return file + ": row " + (row + 1) + ": ";
        return file + ":" + csvLine(file, row) + ": ";
    }

    /**
     * The physical line of data row {@code row}: DuckDB skips empty lines, so count the non-empty
     * lines after the header. Only called for an error, so reading the file again is fine.
     */
    private static long csvLine(Path file, int row) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            long line = 1;
            int seen = -1;
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isEmpty() && ++seen == row) return line;
            }
            return row + 2L;
        } catch (IOException e) {
            return row + 2L;
        }
    }

    static String quote(String identifier) { return '"' + identifier.replace("\"", "\"\"") + '"'; }

    static String sqlString(String text) { return "'" + text.replace("'", "''") + "'"; }

    private enum Kind { NOT_A_NUMBER, NOT_FINITE, OFF_MINUTE, NOT_INCREASING, HIGH_BELOW_BODY, LOW_ABOVE_BODY, NEGATIVE_VOLUME }

    /** The first thing wrong with a row: which field (index into {@link #FIELDS}) and the values involved. */
    private record Problem(int row, Kind kind, int field, double value, double bound, long time, long previousTime) {
        String describe(List<String> names, String rawText) {
            // the time column goes by its own name (ts_ms, time); a renamed price column by both
            String what = field == 0 || names.get(field).equals(FIELDS.get(field)) ? names.get(field)
                    : FIELDS.get(field) + " (column " + names.get(field) + ")";
            return switch (kind) {
                case NOT_A_NUMBER -> what + " is " + (rawText == null || rawText.isBlank() ? "empty" : "'" + rawText + "'")
                        + ", expected " + (field == 0 ? "epoch milliseconds or a UTC timestamp" : "a number");
                case NOT_FINITE -> what + " is " + value + ", expected a finite number";
                case OFF_MINUTE -> what + " " + time + " (" + Instant.ofEpochMilli(time) + ") is not on a minute boundary, expected a multiple of 60000 ms"
                        + (Math.abs(time) < 100_000_000_000L ? " (it looks like seconds; the column must hold milliseconds)" : "");
                case NOT_INCREASING -> what + " " + time + " (" + Instant.ofEpochMilli(time) + ") is not after the previous row's "
                        + previousTime + " (" + Instant.ofEpochMilli(previousTime) + "), expected strictly increasing open times";
                case HIGH_BELOW_BODY -> what + " " + value + " is below max(open, close) = " + bound + ", expected high ≥ max(open, close)";
                case LOW_ABOVE_BODY -> what + " " + value + " is above min(open, close) = " + bound + ", expected low ≤ min(open, close)";
                case NEGATIVE_VOLUME -> what + " " + value + " is negative, expected volume ≥ 0";
            };
        }
    }

    /** Growable candle columns that validate each row as it arrives. */
    private static final class Rows {
        long[] time = new long[1 << 14];
        double[] open = new double[1 << 14], high = new double[1 << 14], low = new double[1 << 14],
                close = new double[1 << 14], volume = new double[1 << 14];
        int size;
        int problems;
        private Problem first;
        private long previous = Long.MIN_VALUE;
        private boolean havePrevious;

        void add(long ts, double[] v, boolean[] missing) {
            if (size == time.length) grow();
            time[size] = ts;
            open[size] = v[0]; high[size] = v[1]; low[size] = v[2]; close[size] = v[3]; volume[size] = v[4];
            Problem p = check(size, ts, v, missing);
            if (p != null && problems++ == 0) first = p;
            if (!missing[0]) {
                previous = ts;
                havePrevious = true;
            }
            size++;
        }

        Problem firstProblem() { return first; }

        private Problem check(int row, long ts, double[] v, boolean[] missing) {
            for (int f = 0; f < 6; f++) if (missing[f]) return new Problem(row, Kind.NOT_A_NUMBER, f, Double.NaN, 0, 0, 0);
            for (int k = 0; k < 5; k++) {
                if (!Double.isFinite(v[k])) return new Problem(row, Kind.NOT_FINITE, k + 1, v[k], 0, 0, 0);
            }
            if (Math.floorMod(ts, 60_000L) != 0) return new Problem(row, Kind.OFF_MINUTE, 0, 0, 0, ts, 0);
            if (havePrevious && ts <= previous) return new Problem(row, Kind.NOT_INCREASING, 0, 0, 0, ts, previous);
            double bodyTop = Math.max(v[0], v[3]), bodyBottom = Math.min(v[0], v[3]);
            if (v[1] < bodyTop) return new Problem(row, Kind.HIGH_BELOW_BODY, 2, v[1], bodyTop, 0, 0);
            if (v[2] > bodyBottom) return new Problem(row, Kind.LOW_ABOVE_BODY, 3, v[2], bodyBottom, 0, 0);
            if (v[4] < 0) return new Problem(row, Kind.NEGATIVE_VOLUME, 5, v[4], 0, 0, 0);
            return null;
        }

        private void grow() {
            int n = time.length * 2;
            time = Arrays.copyOf(time, n);
            open = Arrays.copyOf(open, n);
            high = Arrays.copyOf(high, n);
            low = Arrays.copyOf(low, n);
            close = Arrays.copyOf(close, n);
            volume = Arrays.copyOf(volume, n);
        }

        /** The validated (so sorted) rows opening in {@code [fromMs, untilMs)}. */
        Candles window(Path file, long fromMs, long untilMs) {
            int from = lowerBound(fromMs), to = lowerBound(untilMs);
            if (from >= to) {
                throw new PlayException.BadInput(file + " has no candles in the window " + bound(fromMs) + " .. " + bound(untilMs)
                        + "; it covers " + Instant.ofEpochMilli(time[0]) + " .. " + Instant.ofEpochMilli(time[size - 1]));
            }
            return new Candles(Timeframe.M1, Arrays.copyOfRange(time, from, to), Arrays.copyOfRange(open, from, to),
                    Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                    Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
        }

        /** First row opening at or after {@code t}. */
        private int lowerBound(long t) {
            int i = Arrays.binarySearch(time, 0, size, t);
            return i >= 0 ? i : -i - 1;
        }

        private static String bound(long t) {
            return t == Long.MIN_VALUE ? "(start)" : t == Long.MAX_VALUE ? "(end)" : Instant.ofEpochMilli(t).toString();
        }
    }
}

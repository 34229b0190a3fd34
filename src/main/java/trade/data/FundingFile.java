package trade.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import trade.core.PlayException;
import trade.engine.port.FundingRates;

/**
 * A funding-rate history a user brings for a backtest on their own candles (Bybit's
 * {@code /v5/market/funding/history} saved as CSV or Parquet): columns {@code ts_ms} (epoch ms
 * or a UTC timestamp; Bybit's {@code fundingRateTimestamp} is accepted too) and
 * {@code funding_rate} (or {@code fundingRate}), one row per settlement, in any order.
 * Every row is checked; the first bad one is reported with its position, as for candles.
 */
public final class FundingFile {
    private static final String[] TIME_COLUMNS = {"ts_ms", "fundingRateTimestamp", "timestamp"};
    private static final String[] RATE_COLUMNS = {"funding_rate", "fundingRate", "rate"};

    private FundingFile() {}

    public static FundingRates.Series read(Path file) {
        if (!Files.isRegularFile(file)) throw new PlayException.BadInput("funding file not found: " + file);
        CandleFile.Format format = CandleFile.formatOf(file);
        String source = CandleFile.source(file, format);
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = conn.createStatement()) {
            Map<String, String> columns = CandleFile.describe(st, source);
            String time = pick(columns, TIME_COLUMNS, file), rate = pick(columns, RATE_COLUMNS, file);
            String sql = "SELECT " + CandleFile.timeExpression(time, columns.get(time)) + ", TRY_CAST(" + CandleFile.quote(rate)
                    + " AS DOUBLE) FROM " + source;
            long[] times = new long[1024];
            double[] rates = new double[1024];
            int n = 0;
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    long t = rs.getLong(1);
                    boolean noTime = rs.wasNull();
                    double r = rs.getDouble(2);
                    boolean noRate = rs.wasNull();
                    String at = CandleFile.position(file, format, n);
                    if (noTime) throw new PlayException.BadInput(at + time + " is not epoch milliseconds or a UTC timestamp");
                    if (noRate || !Double.isFinite(r)) throw new PlayException.BadInput(at + rate + " is not a finite number");
                    if (Math.abs(r) > FundingRates.MAX_ABS_RATE) {
                        throw new PlayException.BadInput(at + rate + " is " + r + ", expected a rate per 8 h such as 0.0001 (0.01 %); |rate| ≤ " + FundingRates.MAX_ABS_RATE);
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        rates = Arrays.copyOf(rates, n * 2);
                    }
                    times[n] = t;
                    rates[n++] = r;
                }
            }
            if (n == 0) throw new PlayException.BadInput(file + " holds no funding rates");
            return sorted(Arrays.copyOf(times, n), Arrays.copyOf(rates, n), file);
        } catch (SQLException e) {
            throw new PlayException.BadInput("cannot read " + file + " as " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
        }
    }

    /** Bybit lists the newest settlement first, so rows are sorted by time; a time listed twice is a mistake. */
    private static FundingRates.Series sorted(long[] times, double[] rates, Path file) {
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        long[] t = new long[times.length];
        double[] r = new double[times.length];
        for (int i = 0; i < order.length; i++) {
            t[i] = times[order[i]];
            r[i] = rates[order[i]];
            if (i > 0 && t[i] == t[i - 1]) {
                throw new PlayException.BadInput(file + ": two funding rates for " + Instant.ofEpochMilli(t[i]) + ", expected one per settlement");
            }
        }
        return new FundingRates.Series(t, r);
    }

    private static String pick(Map<String, String> columns, String[] accepted, Path file) {
        for (String want : accepted) {
            for (String have : columns.keySet()) if (have.equalsIgnoreCase(want)) return have;
        }
        throw new PlayException.BadInput(file + " has none of the columns " + Arrays.toString(accepted) + "; its columns are " + columns.keySet());
    }
}

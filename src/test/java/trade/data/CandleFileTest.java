package trade.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.fixtures.CandleFiles;
import trade.synth.SyntheticMarket;

/** Candle files read through the real embedded DuckDB: what is accepted, and how each bad row is reported. */
class CandleFileTest {
    private static final long T0 = SyntheticMarket.BASE_TIMESTAMP_MS; // 2025-01-01T00:00:00Z
    private static final Candles MARKET = SyntheticMarket.generate("trend_up_clean", 300, 7, T0);

    @TempDir
    Path dir;

    private static Candles read(Path file) {
        return CandleFile.read(file, CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE).candles();
    }

    private static void assertSameCandles(Candles expected, Candles actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(Timeframe.M1, actual.timeframe());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.openTime(i), actual.openTime(i), "time of row " + i);
            assertArrayEquals(new double[] {expected.open(i), expected.high(i), expected.low(i), expected.close(i), expected.volume(i)},
                    new double[] {actual.open(i), actual.high(i), actual.low(i), actual.close(i), actual.volume(i)}, 0.0, "row " + i);
        }
    }

    @Test
    void csvAndParquetReadBackBitForBit() {
        assertSameCandles(MARKET, read(CandleFiles.writeCsv(dir.resolve("m.csv"), MARKET)));
        CandleFile.Loaded parquet = CandleFile.read(CandleFiles.writeParquet(dir.resolve("m.parquet"), MARKET),
                CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        assertSameCandles(MARKET, parquet.candles());
        assertEquals(CandleFile.Format.PARQUET, parquet.format());
        assertEquals(300, parquet.rowsInFile());
    }

    @Test
    void columnsAreMappedAndTimesMayBeTimestampText() {
        List<String> lines = new ArrayList<>(List.of("time,o,h,l,c,vol"));
        lines.add("2025-01-01 00:00:00,10,11,9,10.5,3");
        lines.add("2025-01-01T00:01:00,10.5,12,10,11,0");
        Path file = CandleFiles.writeLines(dir.resolve("mapped.csv"), lines);
        Candles c = CandleFile.read(file, CandleFile.Columns.parse("ts=time, open=o,high=h,low=l,close=c,volume=vol"),
                Long.MIN_VALUE, Long.MAX_VALUE).candles();
        assertEquals(2, c.size());
        assertEquals(T0 + 60_000, c.openTime(1));
        assertEquals(12.0, c.high(1));
    }

    @Test
    void parquetTimestampColumnsAreEpochMilliseconds() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("ts_ms", "TIMESTAMP");
        for (String f : List.of("open", "high", "low", "close", "volume")) columns.put(f, "DOUBLE");
        Map<String, Object> row = new LinkedHashMap<>(Map.of("ts_ms", T0 + 120_000, "open", 1.0, "high", 2.0, "low", 0.5, "close", 1.5, "volume", 4.0));
        ParquetTables.write(dir.resolve("ts.parquet"), columns, List.of(row));
        assertEquals(T0 + 120_000, read(dir.resolve("ts.parquet")).openTime(0));
    }

    @Test
    void theWindowKeepsOpenTimesFromStartUntilBeforeEnd() {
        Path file = CandleFiles.writeCsv(dir.resolve("m.csv"), MARKET);
        Candles c = CandleFile.read(file, CandleFile.Columns.DEFAULT, T0 + 10 * 60_000, T0 + 20 * 60_000).candles();
        assertEquals(10, c.size());
        assertEquals(T0 + 10 * 60_000, c.openTime(0));
        assertEquals(T0 + 19 * 60_000, c.openTime(9));
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class,
                () -> CandleFile.read(file, CandleFile.Columns.DEFAULT, T0 - 600_000, T0));
        assertTrue(e.getMessage().contains("no candles in the window") && e.getMessage().contains("it covers 2025-01-01T00:00:00Z"), e.getMessage());
    }

    /** Row 4 of a five-row file replaced by {@code badRow}; CSV line 5 (header is line 1), Parquet row 4. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a number       | 1735689780000,abc,11,9,10,1          | open is 'abc', expected a number
            empty field        | 1735689780000,10,,9,10,1             | high is empty, expected a number
            infinite           | 1735689780000,10,11,9,inf,1          | close is Infinity, expected a finite number
            NaN volume         | 1735689780000,10,11,9,10,nan         | volume is NaN, expected a finite number
            off the minute     | 1735689781000,10,11,9,10,1           | ts_ms 1735689781000 (2025-01-01T00:03:01Z) is not on a minute boundary
            seconds not ms     | 1735689780,10,11,9,10,1              | it looks like seconds
            repeated time      | 1735689720000,10,11,9,10,1           | is not after the previous row's 1735689720000
            high below body    | 1735689780000,10,10.5,9,10.8,1       | high 10.5 is below max(open, close) = 10.8, expected high ≥ max(open, close)
            low above body     | 1735689780000,10,11,9.95,9.9,1       | low 9.95 is above min(open, close) = 9.9, expected low ≤ min(open, close)
            negative volume    | 1735689780000,10,11,9,10,-2          | volume -2.0 is negative, expected volume ≥ 0
            unparseable time   | yesterday,10,11,9,10,1               | ts_ms is 'yesterday', expected epoch milliseconds or a UTC timestamp
            """)
    void eachKindOfBadRowIsNamedWithItsLine(String kind, String badRow, String expected) {
        List<String> lines = fiveRows();
        lines.set(4, badRow);
        Path file = CandleFiles.writeLines(dir.resolve("bad.csv"), lines);
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":5: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void emptyLinesStillCountInTheLineNumber() {
        List<String> lines = fiveRows();
        lines.add(2, "");
        lines.set(5, "1735689780000,10,11,9,10,-1");
        Path file = CandleFiles.writeLines(dir.resolve("gap.csv"), lines);
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":6: volume -1.0 is negative"), e.getMessage());
    }

    @Test
    void laterBadRowsAreCountedAfterTheFirst() {
        List<String> lines = fiveRows();
        lines.set(2, "1735689660000,10,11,9,10,-1");
        lines.set(3, "1735689720000,10,11,10.5,10,1");
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> read(CandleFiles.writeLines(dir.resolve("two.csv"), lines)));
        assertTrue(e.getMessage().contains(":3: volume -1.0") && e.getMessage().endsWith("(1 more bad rows after it)"), e.getMessage());
    }

    @Test
    void parquetRowsAreNumberedFromOne() {
        double[] open = {10, 10, 10}, high = {11, 11, 11}, low = {9, 9, 9}, close = {10, 10, 10}, volume = {1, 1, 1};
        high[2] = 9.5;
        Candles bad = new Candles(Timeframe.M1, new long[] {T0, T0 + 60_000, T0 + 120_000}, open, high, low, close, volume);
        Path file = CandleFiles.writeParquet(dir.resolve("bad.parquet"), bad);
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ": row 3: high 9.5 is below max(open, close) = 10.0"), e.getMessage());
    }

    @Test
    void aMissingColumnListsTheColumnsThereAre() {
        Path file = CandleFiles.writeLines(dir.resolve("cols.csv"), List.of("ts_ms,open,hi,low,close,volume", "1735689600000,1,2,0.5,1,1"));
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> read(file));
        assertTrue(e.getMessage().contains("has no column 'high' for high; its columns are [ts_ms, open, hi, low, close, volume]"), e.getMessage());
        assertTrue(e.getMessage().contains("--columns high=NAME"), e.getMessage());
    }

    @Test
    void badMappingsAndFilesAreRefused() {
        PlayException.BadInput field = assertThrows(PlayException.BadInput.class, () -> CandleFile.Columns.parse("tss=time"));
        assertTrue(field.getMessage().contains("unknown field 'tss'") && field.getMessage().contains("did you mean ts?"), field.getMessage());
        assertThrows(PlayException.BadInput.class, () -> CandleFile.Columns.parse("open"));
        PlayException.BadInput format = assertThrows(PlayException.BadInput.class, () -> read(CandleFiles.writeLines(dir.resolve("m.txt"), List.of("x"))));
        assertTrue(format.getMessage().contains("expected a .csv or .parquet file"), format.getMessage());
        assertThrows(PlayException.BadInput.class, () -> read(dir.resolve("absent.csv")));
        PlayException.BadInput empty = assertThrows(PlayException.BadInput.class,
                () -> read(CandleFiles.writeLines(dir.resolve("empty.csv"), List.of(CandleFiles.HEADER))));
        assertTrue(empty.getMessage().contains("holds no candles"), empty.getMessage());
    }

    /** Header and four good rows at 00:00 … 00:03 (lines 1 … 5). */
    private static List<String> fiveRows() {
        List<String> lines = new ArrayList<>(List.of(CandleFiles.HEADER));
        for (int i = 0; i < 4; i++) lines.add((T0 + i * 60_000L) + ",10,11,9,10,1");
        return lines;
    }
}

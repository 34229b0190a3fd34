package trade.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;

/**
 * {@link CandleFile#write}: what it writes reads back bit for bit in either format, and a failed
 * write leaves neither a half-written file nor its temporary file behind.
 */
class CandleFileWriteTest {
    @TempDir
    Path dir;

    /**
     * Valid candles whose doubles span many magnitudes (1e-6 … 1e9, where {@link Double#toString}
     * switches to exponent notation) with random low bits, so a lossy text form would show.
     */
    static Candles randomCandles(long seed, int n) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        long time = 1_600_000_000_000L - Math.floorMod(1_600_000_000_000L, 60_000L);
        for (int i = 0; i < n; i++) {
            time += 60_000L * (1 + r.nextInt(3)); // gaps are allowed
            t[i] = time;
            double scale = Math.pow(10, r.nextInt(16) - 6);
            o[i] = scale * (1 + r.nextDouble());
            c[i] = scale * (1 + r.nextDouble());
            h[i] = Math.max(o[i], c[i]) * (1 + r.nextDouble() * 0.01);
            l[i] = Math.min(o[i], c[i]) * (1 - r.nextDouble() * 0.01);
            v[i] = r.nextInt(10) == 0 ? 0.0 : Math.pow(10, r.nextInt(12)) * r.nextDouble();
        }
        return new Candles(Timeframe.M1, t, o, h, l, c, v);
    }

    static void assertBitIdentical(Candles expected, Candles actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.openTime(i), actual.openTime(i), "time of row " + i);
            double[] a = {expected.open(i), expected.high(i), expected.low(i), expected.close(i), expected.volume(i)};
            double[] b = {actual.open(i), actual.high(i), actual.low(i), actual.close(i), actual.volume(i)};
            for (int k = 0; k < 5; k++) {
                assertEquals(Double.doubleToRawLongBits(a[k]), Double.doubleToRawLongBits(b[k]), "row " + i + " field " + k + ": " + a[k] + " vs " + b[k]);
            }
        }
    }

    private static CandleFile.Loaded read(Path file) {
        return CandleFile.read(file, CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Property(tries = 15)
    void bothFormatsReadBackBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n) throws IOException {
        Path folder = Files.createTempDirectory("candle-write");
        try {
            Candles candles = randomCandles(seed, n);
            for (String name : List.of("c.csv", "c.parquet")) {
                Path file = folder.resolve(name);
                CandleFile.Format format = CandleFile.write(file, candles);
                CandleFile.Loaded back = read(file);
                assertEquals(format, back.format());
                assertEquals(n, back.rowsInFile());
                assertBitIdentical(candles, back.candles());
            }
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(folder);
        }
    }

    @Test
    void csvHasTheDefaultHeaderAndOneLinePerCandle() throws IOException {
        Candles candles = randomCandles(3, 5);
        Path file = dir.resolve("c.csv");
        CandleFile.write(file, candles);
        List<String> lines = Files.readAllLines(file);
        assertEquals("ts_ms,open,high,low,close,volume", lines.getFirst());
        assertEquals(6, lines.size());
        assertEquals(candles.openTime(0) + "," + candles.open(0) + "," + candles.high(0) + "," + candles.low(0) + ","
                + candles.close(0) + "," + candles.volume(0), lines.get(1));
    }

    @Test
    void anotherExtensionIsRefusedBeforeAnythingIsWritten() throws IOException {
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> CandleFile.write(dir.resolve("c.txt"), randomCandles(1, 3)));
        assertTrue(e.getMessage().contains(".csv or .parquet"), e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aFailedMoveLeavesTheTargetAndNoTemporaryFile() throws IOException {
        // a non-empty folder cannot be replaced by a file: the write fails at the final move
        Path target = dir.resolve("taken.csv");
        Files.createDirectories(target.resolve("inside"));
        assertThrows(PlayException.RunFailed.class, () -> CandleFile.write(target, randomCandles(1, 3)));
        assertTrue(Files.isDirectory(target.resolve("inside")));
        assertEquals(List.of("taken.csv"), listing(dir));
    }

    @Test
    void anExistingFileIsReplacedWholeAndFoldersAreCreated() throws IOException {
        Path file = dir.resolve("a/b/c.parquet");
        CandleFile.write(file, randomCandles(1, 50));
        Candles second = randomCandles(2, 7);
        CandleFile.write(file, second);
        assertBitIdentical(second, read(file).candles());
        assertEquals(List.of("c.parquet"), listing(file.getParent()));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void emptyCandlesWriteAHeaderOnlyFileTheReaderRefuses() {
        Path file = dir.resolve("empty.csv");
        CandleFile.write(file, randomCandles(1, 0));
        assertTrue(Files.exists(file));
        assertFalse(assertThrows(PlayException.BadInput.class, () -> read(file)).getMessage().isEmpty());
    }
}

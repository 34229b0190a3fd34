package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import trade.core.Candles;
import trade.data.CandleFile;
import trade.synth.SyntheticMarket;
import trade.report.CanonicalJson;
import trade.report.RunHashes;

/**
 * {@code play forge generate | patterns | plot} through the CLI, and the round trip: a
 * core Play's market written by {@code forge generate --play} and run with
 * {@code backtest --candles} is the run {@code backtest --synthetic} makes.
 */
class ForgeCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final String PLAYS = ROOT.resolve("plays").toString();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() { return (Map<String, Object>) CanonicalJson.parse(out); }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() { return (Map<String, Object>) json().get("data"); }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Candles read(Path file) {
        return CandleFile.read(file, CandleFile.Columns.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE).candles();
    }

    /**
     * The same trades, equity and run hashes, and the same candles (data hash). The input hash
     * differs by design: BacktestRun puts the data source ("synthetic" vs "file") and, for
     * synthetic data, the seed and pattern into the run's identity, while a file is identified by
     * its candles alone. The run hash covers play, trades and equity, so it is equal.
     */
    @ParameterizedTest
    @ValueSource(strings = {"V_CORE_001", "V_CORE_004"})
    void aGeneratedPlayMarketBacktestsIntoTheSyntheticRun(String play) {
        Run synthetic = cli("backtest", play, "--plays", PLAYS, "--synthetic", "--out", dir.resolve("bt-synthetic").toString(), "--json");
        assertEquals(0, synthetic.code(), synthetic.err());
        Map<String, Object> expected = synthetic.data();
        assertNotEquals(0L, ((Number) expected.get("trades_count")).longValue(), "the comparison needs trades");
        for (String format : List.of("parquet", "csv")) {
            Path file = dir.resolve(play + "." + format);
            Run generated = cli("forge", "generate", "--play", play, "--plays", PLAYS, "--out", file.toString(), "--json");
            assertEquals(0, generated.code(), generated.err());
            assertEquals(expected.get("data_hash"), generated.data().get("data_hash"), format);
            assertEquals(expected.get("candles"), generated.data().get("rows"), format);

            Run fromFile = cli("backtest", play, "--plays", PLAYS, "--candles", file.toString(), "--out", dir.resolve("bt-" + format).toString(), "--json");
            assertEquals(0, fromFile.code(), fromFile.err());
            for (String hash : List.of("data_hash", "play_hash", "trades_hash", "equity_hash", "run_hash")) {
                assertEquals(expected.get(hash), fromFile.data().get(hash), format + " " + hash);
            }
            assertNotEquals(expected.get("input_hash"), fromFile.data().get("input_hash"), "the data source is part of the run identity");
        }
    }

    @Test
    void generateWritesThePatternsCandlesAndSaysWhatItWrote() {
        Path file = dir.resolve("m.csv");
        Run r = cli("forge", "generate", "--pattern", "breakout_clean", "--bars", "3", "--timeframe", "1h", "--seed", "9",
                "--symbol", "SOLUSDT", "--out", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("ok", r.json().get("status"));
        Map<String, Object> d = r.data();
        assertEquals(Set.of("path", "format", "rows", "pattern", "seed", "symbol", "base_price", "bars", "bars_timeframe", "play_id",
                "first_open_ms", "last_open_ms", "first_open", "last_open", "data_hash"), d.keySet());
        Candles expected = SyntheticMarket.generate("breakout_clean", 180, 9, SyntheticMarket.BASE_TIMESTAMP_MS, "SOLUSDT");
        Candles written = read(file);
        assertEquals(RunHashes.candlesHash(expected), RunHashes.candlesHash(written));
        assertEquals(RunHashes.candlesHash(expected), d.get("data_hash"));
        assertEquals(180L, ((Number) d.get("rows")).longValue());
        assertEquals("csv", d.get("format"));
        assertEquals(150.0, ((Number) d.get("base_price")).doubleValue());
        assertEquals(SyntheticMarket.BASE_TIMESTAMP_MS, ((Number) d.get("first_open_ms")).longValue());
        assertEquals(SyntheticMarket.BASE_TIMESTAMP_MS + 179 * 60_000L, ((Number) d.get("last_open_ms")).longValue());
        assertEquals(file.toAbsolutePath().toString(), d.get("path"));
        assertEquals(null, d.get("play_id"));
    }

    @Test
    void theTextSummaryNamesRowsTimesHashAndPath() {
        Path file = dir.resolve("m.parquet");
        Run r = cli("forge", "generate", "--pattern", "ranging", "--bars", "1440", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        String hash = RunHashes.candlesHash(read(file));
        assertTrue(r.out().contains("wrote 1,440 1m candles (parquet) to " + file.toAbsolutePath()), r.out());
        assertTrue(r.out().contains("first open   2025-01-01T00:00:00 UTC"), r.out());
        assertTrue(r.out().contains("last open    2025-01-01T23:59:00 UTC"), r.out());
        assertTrue(r.out().contains("data hash    " + hash), r.out());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv"), c = dir.resolve("c.csv");
        assertEquals(0, cli("forge", "generate", "--pattern", "volatile", "--bars", "500", "--seed", "5", "--out", a.toString()).code());
        assertEquals(0, cli("forge", "generate", "--pattern", "volatile", "--bars", "500", "--seed", "5", "--out", b.toString()).code());
        assertEquals(0, cli("forge", "generate", "--pattern", "volatile", "--bars", "500", "--seed", "6", "--out", c.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path file = dir.resolve("keep.csv");
        assertEquals(0, cli("forge", "generate", "--pattern", "trending", "--bars", "100", "--out", file.toString()).code());
        byte[] before = Files.readAllBytes(file);
        Run refused = cli("forge", "generate", "--pattern", "trending", "--bars", "100", "--seed", "7", "--out", file.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("exists; give --force to replace it"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        Run forced = cli("forge", "generate", "--pattern", "trending", "--bars", "100", "--seed", "7", "--out", file.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(RunHashes.candlesHash(SyntheticMarket.generate("trending", 100, 7, SyntheticMarket.BASE_TIMESTAMP_MS)),
                RunHashes.candlesHash(read(file)));
        assertEquals(List.of("keep.csv"), listing());
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsWritten() throws IOException {
        String out = dir.resolve("x.csv").toString();
        List<String[]> cases = List.of(
                new String[] {"--pattern", "trend_sideways", "--bars", "10", "--out", out},
                new String[] {"--pattern", "trending", "--bars", "10", "--out", dir.resolve("x.txt").toString()},
                new String[] {"--pattern", "trending", "--out", out},
                new String[] {"--bars", "10", "--out", out},
                new String[] {"--pattern", "trending", "--bars", "0", "--out", out},
                new String[] {"--pattern", "trending", "--bars", "10", "--seed", "-1", "--out", out},
                new String[] {"--pattern", "trending", "--bars", "10", "--seed", Long.toString(1L << 48), "--out", out},
                new String[] {"--pattern", "trending", "--bars", "10", "--timeframe", "2m", "--out", out},
                new String[] {"--play", "V_CORE_001", "--plays", PLAYS, "--pattern", "trending", "--out", out},
                new String[] {"--play", "V_CORE_001", "--plays", PLAYS, "--symbol", "ETHUSDT", "--out", out},
                new String[] {"--play", "NO_SUCH_PLAY", "--plays", PLAYS, "--out", out});
        for (String[] args : cases) {
            List<String> all = new ArrayList<>(List.of("forge", "generate"));
            all.addAll(List.of(args));
            Run r = cli(all.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
            assertFalse(r.err().isBlank(), String.join(" ", args));
        }
        assertEquals(List.of(), listing());
    }

    @Test
    void anUnknownPatternIsNamedWithTheListOfPatterns() {
        Run r = cli("forge", "generate", "--pattern", "trend_sideways", "--bars", "10", "--out", dir.resolve("x.csv").toString(), "--json");
        assertEquals(2, r.code());
        assertEquals("error", r.json().get("status"));
        String message = (String) r.json().get("message");
        assertTrue(message.startsWith("unknown pattern 'trend_sideways'"), message);
        for (String p : SyntheticMarket.patterns()) assertTrue(message.contains(p), p);
    }

    @Test
    void patternsListsAllWithFamilyAndDescription() {
        Run json = cli("forge", "patterns", "--json");
        assertEquals(0, json.code(), json.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.data().get("patterns");
        assertEquals(SyntheticMarket.patterns(), rows.stream().map(r -> r.get("name")).toList());
        for (Map<String, Object> row : rows) {
            String name = (String) row.get("name");
            assertEquals(SyntheticMarket.family(name), row.get("family"));
            assertEquals(SyntheticMarket.describe(name), row.get("description"));
        }
        Run text = cli("forge", "patterns");
        assertEquals(0, text.code());
        for (String p : SyntheticMarket.patterns()) {
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith(p + " ") && l.contains(SyntheticMarket.describe(p))), p);
        }
    }

    @Test
    void plotWritesASelfContainedPageWithOneCandlePerBar() throws IOException {
        Path page = dir.resolve("plots/v.html");
        Run r = cli("forge", "plot", "--pattern", "reversal_v_bottom", "--bars", "30", "--timeframe", "1h", "--seed", "3", "--out", page.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> d = r.data();
        // 1800 minutes: 5m gives 360 bars, the smallest timeframe with at most 400
        assertEquals("5m", d.get("chart_timeframe"));
        assertEquals(360L, ((Number) d.get("chart_bars")).longValue());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String remote : List.of("http:", "https:", "<script", "src=", "href=")) assertFalse(html.contains(remote), remote);
        assertEquals(360, bodies(html), "one candle body per bar");
        assertTrue(html.contains("class=\"volume\""), "volume chart");
    }

    /** Candle bodies drawn: one closed subpath per bar in the up and down body paths. */
    private static int bodies(String html) {
        Matcher m = Pattern.compile("<path class=\"body (?:up|down)\" d=\"([^\"]*)\"").matcher(html);
        int n = 0;
        while (m.find()) n += (int) m.group(1).chars().filter(ch -> ch == 'Z').count();
        return n;
    }

    @Test
    void plotRefusesAnotherFormatAndAnUnknownPattern() throws IOException {
        assertEquals(2, cli("forge", "plot", "--pattern", "trending", "--out", dir.resolve("p.png").toString()).code());
        assertEquals(2, cli("forge", "plot", "--pattern", "nope", "--out", dir.resolve("p.html").toString()).code());
        assertEquals(List.of(), listing());
    }

    @Test
    void chartTimeframeGivesAFewHundredBars() {
        assertEquals("1m", ForgePlotCommand.chartTimeframe(400).label());
        assertEquals("3m", ForgePlotCommand.chartTimeframe(401).label());
        assertEquals("30m", ForgePlotCommand.chartTimeframe(7 * 1440).label());
        assertEquals("D", ForgePlotCommand.chartTimeframe(5 * 365 * 1440).label());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

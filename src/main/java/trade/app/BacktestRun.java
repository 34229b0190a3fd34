package trade.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.data.CandleFile;
import trade.data.ParquetTables;
import trade.data.RunFolder;
import trade.engine.BacktestDriver;
import trade.engine.port.HistoryFeed;
import trade.engine.port.Journal;
import trade.engine.timeframe.CandleRollup;
import trade.engine.Progress;
import trade.engine.RunResult;
import trade.engine.port.AccountTerms;
import trade.engine.port.FundingRates;
import trade.synth.PlayMarket;
import trade.play.CompiledPlay;
import trade.play.Defaults;
import trade.play.InstrumentTable;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.play.PlayTemplate;
import trade.play.SeriesInfo;
import trade.play.Setting;
import trade.report.ArtifactTables;
import trade.report.CanonicalJson;
import trade.report.HtmlReport;
import trade.report.Metrics;
import trade.report.ResultDocument;
import trade.report.RunHashes;
import trade.sim.SimExchange;

/**
 * The composition root of a backtest: load the Play and bind its settings, get its 1m candles (synthetic,
 * or a user's file), run the engine against the simulated exchange, compute metrics and hashes,
 * and write the artifacts atomically under {@code <out>/<category>/<play_id>/<input_hash12>/}
 * after the artifact gate has checked them in the temporary folder.
 */
public final class BacktestRun {
    /** The {@code data_source_id} of candles read from a file. */
    static final String FILE_SOURCE = "file";

    private final Path playFile;
    private final Source source;
    private final Path outRoot;
    private final PrintWriter progressOut;
    private final FundingRates funding;
    private final List<Setting> settings;

    /** Where a run's 1m candles come from. */
    public sealed interface Source {
        /**
         * Seeded synthetic candles of the Play's validation pattern; {@code bars} of its slowest
         * timeframe, or null for the default; {@code fallbackPattern} (or null) serves Plays without one.
         */
        record Synthetic(long seed, Integer bars, String fallbackPattern) implements Source {}

        /** A user's CSV or Parquet file, cut to open times in {@code [fromMs, untilMs)}. */
        record File(Path file, CandleFile.Columns columns, long fromMs, long untilMs) implements Source {}
    }

    /**
     * Candles and what identifies them: {@code identity} joins the input-hash components (so it
     * decides the run folder), {@code manifest} only describes them in run_manifest.json.
     */
    private record MarketData(Candles candles, String sourceId, Map<String, Object> identity, Map<String, Object> manifest, String label) {}

    /** What the command prints: a flat, ordered summary map (also the JSON data). */
    public record Outcome(Map<String, Object> summary, RunResult result, Path artifacts, Candles candles) {}

    /** A run with the default constant funding rate. */
    public BacktestRun(Path playFile, Source source, Path outRoot, PrintWriter progressOut) {
        this(playFile, source, outRoot, progressOut, FundingRates.constant(Defaults.FUNDING_RATE));
    }

    /** A run of the Play as written. */
    public BacktestRun(Path playFile, Source source, Path outRoot, PrintWriter progressOut, FundingRates funding) {
        this(playFile, source, outRoot, progressOut, funding, List.of());
    }

    /**
     * A run of the Play with {@code settings} bound in ({@link PlayTemplate#bind}); they are recorded
     * in result.json and, through the Play's canonical text, change the play hash and the run folder.
     */
    public BacktestRun(Path playFile, Source source, Path outRoot, PrintWriter progressOut, FundingRates funding, List<Setting> settings) {
        this.playFile = playFile;
        this.source = source;
        this.outRoot = outRoot;
        this.progressOut = progressOut;
        this.funding = funding;
        this.settings = List.copyOf(settings);
    }

    public Outcome run() {
        long started = System.nanoTime();
        CompiledPlay play = PlayTemplate.of(PlayLoader.load(playFile)).bind(settings);
        PlaySpec spec = play.spec(); // with the bound values: the account and risk model that run
        MarketData data = switch (source) {
            case Source.Synthetic s -> synthetic(spec, play, s);
            case Source.File f -> file(f);
        };
        Candles candles = data.candles();

        AccountTerms terms = AccountTerms.of(spec, InstrumentTable.bybit().of(spec.symbol())).withFunding(funding);
        BacktestDriver driver = new BacktestDriver(play, terms.instrument(), events -> new SimExchange(terms, events), Journal.NONE, null);
        long engineStart = System.nanoTime();
        RunResult result = driver.run(new HistoryFeed(candles), progressOut == null ? Progress.NONE : new ProgressLine(progressOut));
        double engineSeconds = (System.nanoTime() - engineStart) / 1e9;

        String playHash = RunHashes.playHash(play.canonicalText());
        TreeSet<Timeframe> featureTfs = new TreeSet<>();
        play.features().forEach(f -> featureTfs.add(f.spec().timeframe()));
        play.detectors().forEach(d -> featureTfs.add(d.spec().timeframe()));
        Map<String, Object> components = RunHashes.inputComponents(playHash, List.of(spec.symbol()), spec.timeframes().exec(),
                featureTfs, result.windowStartMs(), result.windowEndMs(), data.sourceId());
        components.putAll(data.identity());
        components.put("funding", funding.identity()); // other funding, other results
        RunHashes.InputHash input = RunHashes.inputHash(components);
        RunHashes hashes = RunHashes.of(playHash, input.full(), result.trades(), result.equity());
        Metrics metrics = Metrics.of(result);

        String category = playFile.toAbsolutePath().getParent().getFileName().toString();
        Path target = outRoot.resolve(category).resolve(spec.id()).resolve(input.shortHash());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> resultDoc = ResultDocument.result(result, metrics, hashes,
                new ResultDocument.RunInfo(target.toString(), seconds, (int) spec.account().maxLeverage(), playFile.toString(), Map.of(), parameters(),
                        driver.venue().name()));
        long now = System.currentTimeMillis();
        Long evalStart = result.equity().size() == 0 ? null : result.equity().timeMs()[0];
        Map<String, Object> dataManifest = new LinkedHashMap<>(data.manifest());
        dataManifest.put("funding", funding.identity());
        Map<String, Object> manifest = ResultDocument.manifest(components, input, spec.id(), dataManifest, evalStart, now);
        Map<String, Object> signature = ResultDocument.pipelineSignature(input.shortHash(), spec.id(), playHash, playFile.toString(),
                declaredFeatureKeys(play), computedFeatureKeys(play), now);
        String report = HtmlReport.render(result, metrics, hashes, new HtmlReport.Context(CandleRollup.rollUp(candles, spec.timeframes().exec()).candles(), data.label()));
        Path written = RunFolder.write(target, dir -> {
            ParquetTables.write(dir.resolve("trades.parquet"), ArtifactTables.tradeColumns(result.trades()), ArtifactTables.tradeRows(result.trades()));
            ParquetTables.write(dir.resolve("equity.parquet"), ArtifactTables.equityColumns(), ArtifactTables.equityRows(result.equity()));
            Files.writeString(dir.resolve("result.json"), CanonicalJson.pretty(resultDoc));
            Files.writeString(dir.resolve("run_manifest.json"), CanonicalJson.pretty(manifest));
            Files.writeString(dir.resolve("pipeline_signature.json"), CanonicalJson.pretty(signature));
            Files.writeString(dir.resolve("report.html"), report);
            StoredRun.verify(dir, input.shortHash(), result.initialEquity());
        });

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("play_id", spec.id());
        if (!settings.isEmpty()) s.put("parameters", String.join(" ", settings.stream().map(p -> p.path() + "=" + p.value()).toList()));
        s.put("symbol_tf", spec.symbol() + " / " + spec.timeframes().exec().label());
        s.put("data", data.label());
        s.put("candles", candles.size());
        s.put("window", ArtifactTables.isoSeconds(result.windowStartMs()) + " .. " + ArtifactTables.isoSeconds(result.windowEndMs()));
        s.put("trades_count", metrics.totalTrades());
        s.put("win_rate_pct", String.format("%.2f %%", metrics.winRate()));
        s.put("net_pnl_usdt", metrics.netProfit());
        s.put("net_return_pct_text", String.format("%.2f %%", metrics.netReturnPct()));
        s.put("max_drawdown_text", String.format("%.2f %% (%.2f USDT)", metrics.maxDrawdownPct(), metrics.maxDrawdownAbs()));
        s.put("sharpe", metrics.sharpe());
        s.put("profit_factor", metrics.profitFactor());
        s.put("total_fees_usdt", metrics.totalFees());
        s.put("stop_reason_text", result.stopReason() == null ? "end of data" : result.stopReason());
        s.put("play_hash_short", RunHashes.short12(hashes.play()));
        s.put("input_hash_short", input.shortHash());
        s.put("trades_hash_short", RunHashes.short12(hashes.trades()));
        s.put("equity_hash_short", RunHashes.short12(hashes.equity()));
        s.put("run_hash_short", RunHashes.short12(hashes.run()));
        s.put("artifact_path", written.toString());
        s.put("report_html", written.resolve("report.html").toAbsolutePath().toString());
        s.put("engine_text", String.format("%.3f s (%.1f M 1m candles/s)", engineSeconds, candles.size() / engineSeconds / 1e6));
        s.put("play_hash", hashes.play());
        s.put("input_hash", hashes.input());
        s.put("trades_hash", hashes.trades());
        s.put("equity_hash", hashes.equity());
        s.put("run_hash", hashes.run());
        s.put("data_hash", data.identity().get("data_hash"));
        s.put("stop_reason", result.stopReason());
        return new Outcome(s, result, written, candles);
    }

    /** The bound values in the order given, for result.json. */
    private Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach(p -> out.put(p.path(), p.value()));
        return out;
    }

    private MarketData synthetic(PlaySpec spec, CompiledPlay play, Source.Synthetic s) {
        PlayMarket market = PlayMarket.of(spec, play, s.seed(), s.bars(), s.fallbackPattern());
        Candles candles = market.candles();
        String pattern = market.pattern();
        String dataHash = RunHashes.candlesHash(candles);
        // the seed and pattern are part of the run identity: another seed is another market
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("seed", s.seed());
        identity.put("data_hash", dataHash);
        identity.put("pattern", pattern);
        Map<String, Object> manifest = new LinkedHashMap<>(identity);
        manifest.put("data_source_id", "synthetic");
        manifest.put("bars", market.bars());
        manifest.put("bars_timeframe", market.slowest().label());
        manifest.put("candles_1m", candles.size());
        return new MarketData(candles, "synthetic", identity, manifest, "synthetic " + pattern + ", seed " + s.seed());
    }

    private static MarketData file(Source.File f) {
        CandleFile.Loaded loaded = CandleFile.read(f.file(), f.columns(), f.fromMs(), f.untilMs());
        Candles candles = loaded.candles();
        // only the candles' content identifies the data: the same candles from a copy, a renamed
        // file or the other format give the same run folder and hashes
        Map<String, Object> identity = Map.of("data_hash", RunHashes.candlesHash(candles));
        Map<String, Object> manifest = new LinkedHashMap<>(identity);
        manifest.put("data_source_id", FILE_SOURCE);
        manifest.put("candles_file", f.file().toString());
        manifest.put("candles_format", loaded.format().name().toLowerCase(Locale.ROOT));
        manifest.put("candles_1m", candles.size());
        manifest.put("rows_in_file", loaded.rowsInFile());
        return new MarketData(candles, FILE_SOURCE, identity, manifest, "file " + f.file().getFileName());
    }

    /** Feature keys as the Play declares them: each id, and id.output for every output of a multi-output feature or structure. */
    private static List<String> declaredFeatureKeys(CompiledPlay play) {
        TreeSet<String> keys = new TreeSet<>();
        for (CompiledPlay.Feature f : play.features()) {
            keys.add(f.spec().id());
            if (f.kind().outputs().size() > 1) f.kind().outputs().forEach(o -> keys.add(f.spec().id() + "." + o.name()));
        }
        for (CompiledPlay.Detector d : play.detectors()) {
            keys.add(d.spec().key());
            d.kind().outputs(d.params()).forEach(o -> keys.add(d.spec().key() + "." + o.name()));
        }
        return List.copyOf(keys);
    }

    /** Feature keys as the compiled run fills them: every indicator and structure series, and its owner's id. */
    private static List<String> computedFeatureKeys(CompiledPlay play) {
        TreeSet<String> keys = new TreeSet<>();
        for (SeriesInfo s : play.series()) {
            if (s.kind() != SeriesInfo.Kind.INDICATOR && s.kind() != SeriesInfo.Kind.STRUCTURE) continue;
            keys.add(s.name());
            int dot = s.name().indexOf('.');
            if (dot > 0) keys.add(s.name().substring(0, dot));
        }
        return List.copyOf(keys);
    }

    /** Bars done, rate and ETA on stderr, only once a run has taken more than a second. */
    private static final class ProgressLine implements Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private boolean printed;

        ProgressLine(PrintWriter err) { this.err = err; }

        @Override
        public void update(long done, long total) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed < 1 && !printed) return;
            double rate = done / Math.max(elapsed, 1e-9);
            double eta = (total - done) / Math.max(rate, 1);
            err.printf("\r%,d / %,d 1m candles  %.1f M/s  ETA %.1f s   ", done, total, rate / 1e6, eta);
            if (done >= total) err.println();
            err.flush();
            printed = true;
        }
    }
}

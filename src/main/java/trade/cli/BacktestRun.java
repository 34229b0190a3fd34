package trade.cli;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.data.ParquetTables;
import trade.data.RunFolder;
import trade.engine.PlayEngine;
import trade.engine.Progress;
import trade.engine.RunResult;
import trade.engine.port.AccountTerms;
import trade.forge.synth.SyntheticMarket;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;
import trade.report.ArtifactTables;
import trade.report.CanonicalJson;
import trade.report.Metrics;
import trade.report.ResultDocument;
import trade.report.RunHashes;
import trade.sim.SimExchange;

/**
 * The composition root of a backtest: load and compile the Play, generate its synthetic 1m
 * candles, run the engine against the simulated exchange, compute metrics and hashes, and write
 * the artifacts atomically under {@code <out>/<category>/<play_id>/<input_hash12>/}.
 */
final class BacktestRun {
    private final Path playFile;
    private final long seed;
    private final Integer bars;
    private final Path outRoot;
    private final PrintWriter progressOut;

    /** What the command prints: a flat, ordered summary map (also the JSON data). */
    record Outcome(Map<String, Object> summary, RunResult result, Path artifacts, Candles candles) {}

    BacktestRun(Path playFile, long seed, Integer bars, Path outRoot, PrintWriter progressOut) {
        this.playFile = playFile;
        this.seed = seed;
        this.bars = bars;
        this.outRoot = outRoot;
        this.progressOut = progressOut;
    }

    Outcome run() {
        long started = System.nanoTime();
        PlaySpec spec = PlayLoader.load(playFile);
        CompiledPlay play = PlayCompiler.compile(spec);
        String pattern = spec.pattern();
        if (pattern == null) throw new PlayException.BadInput(playFile + " has no validation: block, so there is no synthetic pattern to backtest on (add validation: {pattern: trend_up_clean})");
        if (!SyntheticMarket.patterns().contains(pattern)) throw new PlayException.BadInput("unknown validation pattern '" + pattern + "'; known: " + SyntheticMarket.patterns());
        Timeframe slowest = spec.timeframes().distinct().last();
        int warmup = play.maxWarmupBars();
        int slowBars = bars != null ? bars : warmup + Math.max(2 * warmup, 200);
        long minutes = (long) slowBars * slowest.minutes();
        if (minutes > Integer.MAX_VALUE / 2) throw new PlayException.BadInput("--bars " + slowBars + " of " + slowest.label() + " is too many 1m candles (" + minutes + ")");
        Candles candles = SyntheticMarket.generate(pattern, (int) minutes, seed, SyntheticMarket.BASE_TIMESTAMP_MS);

        SimExchange exchange = new SimExchange(AccountTerms.of(spec));
        PlayEngine engine = new PlayEngine(play, candles, exchange);
        long engineStart = System.nanoTime();
        RunResult result = engine.run(progressOut == null ? Progress.NONE : new ProgressLine(progressOut));
        double engineSeconds = (System.nanoTime() - engineStart) / 1e9;

        String playHash = RunHashes.playHash(play.canonicalText());
        TreeSet<Timeframe> featureTfs = new TreeSet<>();
        play.features().forEach(f -> featureTfs.add(f.spec().timeframe()));
        play.detectors().forEach(d -> featureTfs.add(d.spec().timeframe()));
        Map<String, Object> components = RunHashes.inputComponents(playHash, List.of(spec.symbol()), spec.timeframes().exec(),
                featureTfs, result.windowStartMs(), result.windowEndMs(), "synthetic");
        String dataHash = dataHash(candles);
        components.put("seed", seed);
        components.put("data_hash", dataHash);
        components.put("pattern", pattern);
        RunHashes.InputHash input = RunHashes.inputHash(components);
        RunHashes hashes = RunHashes.of(playHash, input.full(), result.trades(), result.equity());
        Metrics metrics = Metrics.of(result);

        String category = playFile.toAbsolutePath().getParent().getFileName().toString();
        Path target = outRoot.resolve(category).resolve(spec.id()).resolve(input.shortHash());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> resultDoc = ResultDocument.result(result, metrics, hashes,
                new ResultDocument.RunInfo(target.toString(), seconds, (int) spec.account().maxLeverage(), playFile.toString(), Map.of()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("data_source_id", "synthetic");
        extra.put("data_hash", dataHash);
        extra.put("seed", seed);
        extra.put("pattern", pattern);
        extra.put("bars", slowBars);
        extra.put("bars_timeframe", slowest.label());
        extra.put("candles_1m", candles.size());
        Map<String, Object> manifest = ResultDocument.manifest(components, input, spec.id(), extra, System.currentTimeMillis());
        Path written = RunFolder.write(target, dir -> {
            ParquetTables.write(dir.resolve("trades.parquet"), ArtifactTables.tradeColumns(result.trades()), ArtifactTables.tradeRows(result.trades()));
            ParquetTables.write(dir.resolve("equity.parquet"), ArtifactTables.equityColumns(), ArtifactTables.equityRows(result.equity()));
            java.nio.file.Files.writeString(dir.resolve("result.json"), CanonicalJson.pretty(resultDoc));
            java.nio.file.Files.writeString(dir.resolve("run_manifest.json"), CanonicalJson.pretty(manifest));
        });

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("play_id", spec.id());
        s.put("symbol_tf", spec.symbol() + " / " + spec.timeframes().exec().label());
        s.put("pattern_seed", pattern + " / " + seed);
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
        s.put("engine_text", String.format("%.3f s (%.1f M 1m candles/s)", engineSeconds, candles.size() / engineSeconds / 1e6));
        s.put("play_hash", hashes.play());
        s.put("input_hash", hashes.input());
        s.put("trades_hash", hashes.trades());
        s.put("equity_hash", hashes.equity());
        s.put("run_hash", hashes.run());
        s.put("stop_reason", result.stopReason());
        return new Outcome(s, result, written, candles);
    }

    /** SHA-256 over the candles' content (times and IEEE-754 bits, big-endian): same file, same hash. */
    static String dataHash(Candles c) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer buf = ByteBuffer.allocate(48);
            for (int i = 0; i < c.size(); i++) {
                buf.clear();
                buf.putLong(c.openTime(i)).putDouble(c.open(i)).putDouble(c.high(i)).putDouble(c.low(i)).putDouble(c.close(i)).putDouble(c.volume(i));
                md.update(buf.array(), 0, 48);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new PlayException.InternalError("SHA-256 missing from the JDK");
        }
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

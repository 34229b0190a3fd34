package trade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import trade.engine.EquityCurve;

/**
 * The artifact validation gate (results-and-hashes.md §5.7, made stricter): a run folder as read
 * back from disk must be complete and agree with itself before it is moved into place.
 *
 * <ul>
 *   <li>every file of {@link #REQUIRED_FILES} exists;</li>
 *   <li>{@code trades.parquet} has the columns and types of §5.1 in order (plus {@code metadata}
 *       when trades carry it) and {@code equity.parquet} those of §5.2;</li>
 *   <li>{@code result.json}, {@code run_manifest.json} and {@code pipeline_signature.json} hold
 *       every field of the spec;</li>
 *   <li>the manifest's identity: {@code full_hash} is 64 hex and starts with {@code short_hash},
 *       {@code short_hash_length} matches, algorithm sha256, folder name = short hash = run id;</li>
 *   <li>the signature re-validates (config from the Play, no placeholders, strict access,
 *       declared feature keys = computed keys);</li>
 *   <li>the trades and equity hashes recomputed from the files equal the recorded ones, and the
 *       run hash follows from them (so the files are what was hashed);</li>
 *   <li>the trades' realized PnL − fees + funding sums to the equity change within
 *       {@value #PNL_TOLERANCE} USDT.</li>
 * </ul>
 */
public final class ArtifactCheck {
    public static final List<String> REQUIRED_FILES = List.of(
            "result.json", "run_manifest.json", "pipeline_signature.json", "trades.parquet", "equity.parquet", "report.html");
    static final double PNL_TOLERANCE = 1e-6;

    private final RunArtifacts run;
    private final List<String> problems = new ArrayList<>();

    private ArtifactCheck(RunArtifacts run) { this.run = run; }

    /**
     * Everything wrong with {@code run}, in a sentence each; empty when the folder passes.
     * {@code expectedFolder} is the name the folder will have once moved into place (the check
     * runs on the temporary folder before the move).
     */
    public static List<String> problems(RunArtifacts run, String expectedFolder, double initialEquity) {
        ArtifactCheck check = new ArtifactCheck(run);
        check.files();
        check.schemas();
        check.fields("result.json", run.result(), ResultDocument.RESULT_FIELDS);
        check.fields("run_manifest.json", run.manifest(), ResultDocument.MANIFEST_FIELDS);
        check.fields("pipeline_signature.json", run.signature(), ResultDocument.SIGNATURE_FIELDS);
        if (run.manifest() != null) check.identity(expectedFolder);
        if (run.signature() != null) check.signature();
        if (run.result() != null && run.trades() != null && run.equity() != null && check.problems.isEmpty()) {
            check.hashes();
            check.pnl(initialEquity);
        }
        return List.copyOf(check.problems);
    }

    private void files() {
        for (String f : REQUIRED_FILES) if (!run.files().contains(f)) problems.add(f + " is missing");
    }

    private void schemas() {
        if (run.trades() != null) {
            Map<String, String> expected = ArtifactTables.tradeColumns(List.of());
            Map<String, String> withMetadata = new LinkedHashMap<>(expected);
            withMetadata.put("metadata", "VARCHAR");
            Map<String, String> actual = run.trades().columns();
            if (!List.copyOf(actual.entrySet()).equals(List.copyOf(expected.entrySet()))
                    && !List.copyOf(actual.entrySet()).equals(List.copyOf(withMetadata.entrySet()))) {
                problems.add("trades.parquet has columns " + actual + ", expected " + expected + " (plus metadata VARCHAR)");
            }
        }
        if (run.equity() != null && !List.copyOf(run.equity().columns().entrySet()).equals(List.copyOf(ArtifactTables.equityColumns().entrySet()))) {
            problems.add("equity.parquet has columns " + run.equity().columns() + ", expected " + ArtifactTables.equityColumns());
        }
    }

    private void fields(String file, Map<String, Object> doc, List<String> required) {
        if (doc == null) return;
        List<String> missing = required.stream().filter(k -> !doc.containsKey(k)).toList();
        if (!missing.isEmpty()) problems.add(file + " lacks " + missing);
    }

    private void identity(String expectedFolder) {
        Map<String, Object> m = run.manifest();
        String full = String.valueOf(m.get("full_hash"));
        String shortHash = String.valueOf(m.get("short_hash"));
        if (!full.matches("[0-9a-f]{64}")) problems.add("run_manifest.json full_hash '" + full + "' is not 64 hex characters");
        if (!full.startsWith(shortHash)) problems.add("run_manifest.json full_hash does not start with short_hash " + shortHash);
        if (!Objects.equals(m.get("short_hash_length"), (long) shortHash.length())) {
            problems.add("run_manifest.json short_hash_length " + m.get("short_hash_length") + " is not the length of " + shortHash);
        }
        if (!RunHashes.ALGORITHM.equals(m.get("hash_algorithm"))) problems.add("run_manifest.json hash_algorithm is " + m.get("hash_algorithm") + ", expected sha256");
        if (!shortHash.equals(expectedFolder)) problems.add("run folder " + expectedFolder + " is not named after short_hash " + shortHash);
        if (run.result() != null && !shortHash.equals(run.result().get("run_id"))) {
            problems.add("result.json run_id " + run.result().get("run_id") + " is not the manifest's short_hash " + shortHash);
        }
    }

    private void signature() {
        Map<String, Object> s = run.signature();
        if (!"Play".equals(s.get("config_source"))) problems.add("pipeline_signature.json config_source is " + s.get("config_source") + ", expected Play");
        for (String flag : List.of("uses_system_config_loader", "placeholder_mode")) {
            if (!Boolean.FALSE.equals(s.get(flag))) problems.add("pipeline_signature.json " + flag + " is " + s.get(flag) + ", expected false");
        }
        if (!Boolean.TRUE.equals(s.get("strict_indicator_access"))) problems.add("pipeline_signature.json strict_indicator_access is not true");
        if (!Objects.equals(s.get("declared_feature_keys"), s.get("computed_feature_keys")) || !Boolean.TRUE.equals(s.get("feature_keys_match"))) {
            problems.add("pipeline_signature.json: declared feature keys " + s.get("declared_feature_keys")
                    + " differ from computed " + s.get("computed_feature_keys"));
        }
        if (run.manifest() != null && !Objects.equals(s.get("run_id"), run.manifest().get("short_hash"))) {
            problems.add("pipeline_signature.json run_id " + s.get("run_id") + " is not the manifest's short_hash");
        }
    }

    private void hashes() {
        Map<String, Object> r = run.result();
        String trades = RunHashes.tradeRowsHash(run.trades().rows());
        String equity = RunHashes.equityHash(curve(run.equity()));
        same("trades_hash of trades.parquet", trades, r.get("trades_hash"));
        same("equity_hash of equity.parquet", equity, r.get("equity_hash"));
        same("run_hash", RunHashes.runHash((String) r.get("play_hash"), trades, equity), r.get("run_hash"));
        same("run_manifest.json play_hash", run.manifest().get("play_hash"), r.get("play_hash"));
        same("pipeline_signature.json play_hash", run.signature().get("play_hash"), r.get("play_hash"));
        same("trades.parquet row count", (long) run.trades().rows().size(), r.get("trades_count"));
    }

    private void same(String what, Object actual, Object recorded) {
        if (!Objects.equals(actual, recorded)) problems.add(what + " is " + actual + ", result.json records " + recorded);
    }

    private void pnl(double initialEquity) {
        double sum = 0;
        for (Map<String, Object> t : run.trades().rows()) {
            sum += number(t.get("realized_pnl")) - number(t.get("fees_paid")) + number(t.get("funding_pnl"));
        }
        List<Map<String, Object>> points = run.equity().rows();
        double last = points.isEmpty() ? initialEquity : number(points.getLast().get("equity"));
        double change = last - initialEquity;
        if (!(Math.abs(sum - change) <= PNL_TOLERANCE)) {
            problems.add("trade PnL + funding sums to " + sum + " USDT but equity changed by " + change
                    + " USDT (from " + initialEquity + " to " + last + "); they must agree within " + PNL_TOLERANCE);
        }
    }

    /** The equity rows as the curve they were written from, so its hash can be recomputed. */
    static EquityCurve curve(RunArtifacts.Table equity) {
        List<Map<String, Object>> rows = equity.rows();
        int[] bars = new int[rows.size()];
        long[] times = new long[rows.size()];
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            bars[i] = row.get("bar_idx") instanceof Long b ? Math.toIntExact(b) : -1;
            times[i] = row.get("ts_ms") instanceof Long t ? t : Long.MIN_VALUE;
            values[i] = number(row.get("equity"));
        }
        return new EquityCurve(bars, times, values);
    }

    private static double number(Object v) { return v instanceof Number n ? n.doubleValue() : Double.NaN; }
}

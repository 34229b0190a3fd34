package trade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two run folders compared for determinism (results-and-hashes.md §7, {@code debug determinism}):
 * first the recorded hashes, then the trades and the equity curve row by row, so a mismatch is
 * named down to the first differing trade or equity point, column and values.
 *
 * <p>Pass rule: {@code trades_hash}, {@code equity_hash} and {@code run_hash} are equal and no row
 * differs. A different {@code play_hash} or play id is only a warning (as in the original); it
 * still changes the run hash. A hash missing from a {@code result.json} is a warning, not a
 * match. Values are compared exactly ({@link Objects#equals}, so {@code -0.0 ≠ 0.0}): a
 * deterministic engine reproduces every bit.
 *
 * @param hashes       one line per hash field, in the order trades, equity, run, play
 * @param trades       the first trade that differs, or null
 * @param equity       the first equity point that differs, or null
 * @param warnings     what is odd but does not decide the outcome
 */
public record RunComparison(List<HashLine> hashes, Difference trades, Difference equity, List<String> warnings) {
    /** The hash fields compared; the first three must match. */
    static final List<String> HASH_FIELDS = List.of("trades_hash", "equity_hash", "run_hash", "play_hash");

    /** One recorded hash in both runs (null when a run lacks it). */
    public record HashLine(String field, Object runA, Object runB) {
        public boolean matches() { return runA != null && runA.equals(runB); }
    }

    /**
     * The first difference in a table: the row {@code index} (0-based), its identity
     * ({@code trade_001}, or {@code bar_idx 52}), its time, the column and both values. A row
     * present in one run only has column {@code (row)} and the other value null.
     */
    public record Difference(String table, int index, String row, String time, String column, Object runA, Object runB) {
        public String describe() {
            String where = table + " " + index + " (" + row + (time == null ? "" : ", " + time) + ")";
            if (column.equals("(row)")) return where + " exists only in run " + (runA == null ? "B" : "A");
            return where + " column " + column + ": run A " + show(runA) + ", run B " + show(runB);
        }

        private static String show(Object v) { return v instanceof String s ? "'" + s + "'" : String.valueOf(v); }
    }

    /** Compares run A with run B. */
    public static RunComparison of(RunArtifacts a, RunArtifacts b) {
        List<String> warnings = new ArrayList<>();
        Map<String, Object> ra = a.result() == null ? Map.of() : a.result(), rb = b.result() == null ? Map.of() : b.result();
        List<HashLine> hashes = new ArrayList<>();
        for (String field : HASH_FIELDS) {
            HashLine line = new HashLine(field, ra.get(field), rb.get(field));
            if (line.runA() == null || line.runB() == null) warnings.add(field + " is missing from run " + (line.runA() == null ? "A" : "B"));
            else if (field.equals("play_hash") && !line.matches()) warnings.add("the runs come from different Play texts (play_hash differs)");
            hashes.add(line);
        }
        if (!Objects.equals(ra.get("play_id"), rb.get("play_id"))) {
            warnings.add("different plays: run A is " + ra.get("play_id") + ", run B is " + rb.get("play_id"));
        }
        Difference trades = a.trades() == null || b.trades() == null ? null
                : firstDifference("trade", a.trades(), b.trades(), "trade_id", "entry_time");
        Difference equity = a.equity() == null || b.equity() == null ? null
                : firstDifference("equity point", a.equity(), b.equity(), "bar_idx", "timestamp");
        if (a.trades() == null || b.trades() == null) warnings.add("trades.parquet is missing from run " + (a.trades() == null ? "A" : "B"));
        if (a.equity() == null || b.equity() == null) warnings.add("equity.parquet is missing from run " + (a.equity() == null ? "A" : "B"));
        return new RunComparison(hashes, trades, equity, warnings);
    }

    /** True when the trades, equity and run hashes match and no row differs. */
    public boolean passed() {
        return hashes.subList(0, 3).stream().allMatch(HashLine::matches) && trades == null && equity == null;
    }

    /** The first difference of either table (trades first), or null. */
    public Difference firstDifference() { return trades != null ? trades : equity; }

    /** The {@code data} of the JSON envelope (§7 plus the first difference). */
    public Map<String, Object> data(String runAPath, String runBPath, Object runAPlayId, Object runBPlayId) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("passed", passed());
        d.put("mode", "compare");
        d.put("run_a_path", runAPath);
        d.put("run_b_path", runBPath);
        d.put("run_a_play_id", runAPlayId);
        d.put("run_b_play_id", runBPlayId);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (HashLine h : hashes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", h.field());
            m.put("run_a", h.runA());
            m.put("run_b", h.runB());
            m.put("matches", h.matches());
            lines.add(m);
        }
        d.put("hash_comparisons", lines);
        d.put("first_trade_difference", difference(trades));
        d.put("first_equity_difference", difference(equity));
        List<String> errors = new ArrayList<>();
        for (HashLine h : hashes.subList(0, 3)) if (!h.matches()) errors.add(h.field() + " differs");
        if (trades != null) errors.add(trades.describe());
        if (equity != null) errors.add(equity.describe());
        d.put("errors", errors);
        d.put("warnings", warnings);
        return d;
    }

    private static Map<String, Object> difference(Difference x) {
        if (x == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", x.table());
        m.put("index", x.index());
        m.put("row", x.row());
        m.put("time", x.time());
        m.put("column", x.column());
        m.put("run_a", x.runA());
        m.put("run_b", x.runB());
        return m;
    }

    private static Difference firstDifference(String table, RunArtifacts.Table a, RunArtifacts.Table b, String idColumn, String timeColumn) {
        Set<String> columns = new LinkedHashSet<>(a.columns().keySet());
        columns.addAll(b.columns().keySet());
        int common = Math.min(a.rows().size(), b.rows().size());
        for (int i = 0; i < common; i++) {
            Map<String, Object> x = a.rows().get(i), y = b.rows().get(i);
            for (String c : columns) {
                if (!Objects.equals(x.get(c), y.get(c)) || x.containsKey(c) != y.containsKey(c)) {
                    return new Difference(table, i, identity(idColumn, x), time(x.get(timeColumn)), c, x.get(c), y.get(c));
                }
            }
        }
        if (a.rows().size() == b.rows().size()) return null;
        boolean extraInA = a.rows().size() > common;
        Map<String, Object> extra = (extraInA ? a : b).rows().get(common);
        return new Difference(table, common, identity(idColumn, extra), time(extra.get(timeColumn)), "(row)",
                extraInA ? "present" : null, extraInA ? null : "present");
    }

    private static String identity(String idColumn, Map<String, Object> row) {
        Object id = row.get(idColumn);
        return id instanceof String s ? s : idColumn + " " + id;
    }

    /** Trade times are ISO text already; equity timestamps are epoch ms. */
    private static String time(Object t) {
        if (t instanceof Long ms) return ArtifactTables.isoSeconds(ms);
        return t == null ? null : t.toString();
    }
}

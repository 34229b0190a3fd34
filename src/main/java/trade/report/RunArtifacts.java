package trade.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import trade.core.PlayException;

/**
 * A run folder as its files read back: which files exist, the JSON documents parsed, and the two
 * Parquet tables. The artifact gate ({@link ArtifactCheck}) and the determinism comparison
 * ({@link RunComparison}) work on this value, so neither touches files or DuckDB.
 *
 * @param folderName the run folder's name (the short input hash for a finished run)
 * @param files      names of the files in the folder
 * @param result     {@code result.json}, or null when missing
 * @param manifest   {@code run_manifest.json}, or null when missing
 * @param signature  {@code pipeline_signature.json}, or null when missing
 * @param trades     {@code trades.parquet}, or null when missing
 * @param equity     {@code equity.parquet}, or null when missing
 */
public record RunArtifacts(String folderName, Set<String> files, Map<String, Object> result, Map<String, Object> manifest,
                           Map<String, Object> signature, Table trades, Table equity) {
    public RunArtifacts {
        files = Set.copyOf(files);
    }

    /**
     * A Parquet table: columns in file order as name → type name (the names of
     * {@link ArtifactTables}: {@code VARCHAR}, {@code DOUBLE}, {@code BIGINT}, {@code BOOLEAN},
     * {@code TIMESTAMP}) and rows keyed by column name.
     */
    public record Table(Map<String, String> columns, List<Map<String, Object>> rows) {}

    /** Parses the JSON texts (null for a missing file); text that is not a JSON object is bad input. */
    public static RunArtifacts of(String folderName, Set<String> files, String resultJson, String manifestJson,
                                  String signatureJson, Table trades, Table equity) {
        return new RunArtifacts(folderName, files, object(folderName, "result.json", resultJson),
                object(folderName, "run_manifest.json", manifestJson),
                object(folderName, "pipeline_signature.json", signatureJson), trades, equity);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String folder, String name, String text) {
        if (text == null) return null;
        try {
            if (CanonicalJson.parse(text) instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw new PlayException.BadInput(folder + "/" + name + " is not a JSON object");
        } catch (IllegalArgumentException e) {
            throw new PlayException.BadInput(folder + "/" + name + ": " + e.getMessage());
        }
    }
}

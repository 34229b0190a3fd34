package trade.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import trade.core.PlayException;
import trade.data.ParquetTables;
import trade.report.ArtifactCheck;
import trade.report.RunArtifacts;

/** Reads a run folder back into {@link RunArtifacts} (files through {@code data}, meaning through {@code report}). */
public final class StoredRun {
    private StoredRun() {}

    /** The folder's files; a file that is missing is null in the result, a folder that is missing is bad input. */
    public static RunArtifacts read(Path dir) {
        if (!Files.isDirectory(dir)) throw new PlayException.BadInput("not a run folder: " + dir);
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            return RunArtifacts.of(dir.getFileName().toString(), names,
                    text(dir, names, "result.json"), text(dir, names, "run_manifest.json"), text(dir, names, "pipeline_signature.json"),
                    table(dir, names, "trades.parquet"), table(dir, names, "equity.parquet"));
        } catch (IOException e) {
            throw new PlayException.BadInput("cannot read run folder " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The artifact gate on a folder about to be moved into place as {@code finalName}: any problem
     * fails the run, and since this runs inside {@link trade.data.RunFolder#write} the folder is
     * then discarded, never published half-valid.
     */
    public static void verify(Path dir, String finalName, double initialEquity) {
        RunArtifacts run;
        try {
            run = read(dir);
        } catch (PlayException.BadInput e) {
            throw new PlayException.RunFailed("artifact check failed: " + e.getMessage(), e);
        }
        List<String> problems = ArtifactCheck.problems(run, finalName, initialEquity);
        if (!problems.isEmpty()) {
            throw new PlayException.RunFailed("artifact check failed, nothing was written:\n  - " + String.join("\n  - ", problems), null);
        }
    }

    private static String text(Path dir, Set<String> names, String name) throws IOException {
        return names.contains(name) ? Files.readString(dir.resolve(name)) : null;
    }

    private static RunArtifacts.Table table(Path dir, Set<String> names, String name) {
        if (!names.contains(name)) return null;
        ParquetTables.Table t = ParquetTables.read(dir.resolve(name));
        Map<String, String> columns = new LinkedHashMap<>();
        t.columns().forEach(c -> columns.put(c.name(), c.type().name()));
        return new RunArtifacts.Table(columns, t.rows());
    }
}

package trade.play;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import trade.core.Issue;

/**
 * {@code play validate} over the reference corpus ({@code ../shared/conformance/plays}, or the
 * folder named by {@code PLAY_CONFORMANCE_DIR}): the Plays listed in
 * {@code conformance/expected-rejects.txt} are rejected with their codes, every other Play is
 * valid. Writes the per-folder counts to {@code target/conformance/validate.md}.
 */
class ConformanceValidateTest {
    static Path corpus() {
        String env = System.getenv("PLAY_CONFORMANCE_DIR");
        return env != null ? Path.of(env) : Path.of(System.getProperty("play.root", ".")).resolve("../shared/conformance/plays").normalize();
    }

    @Test
    void everyReferencePlayIsClassifiedAsTheSpecDecides() throws IOException {
        Path root = corpus();
        assumeTrue(Files.isDirectory(root), "no conformance corpus at " + root);
        Map<String, Set<String>> rejects = expectedRejects();
        List<Path> plays;
        try (Stream<Path> walk = Files.walk(root)) {
            plays = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        Map<String, int[]> perFolder = new TreeMap<>(); // folder -> {plays, valid, rejected as expected}
        List<String> wrong = new ArrayList<>();
        for (Path play : plays) {
            String relative = root.relativize(play).toString().replace('\\', '/');
            String folder = relative.substring(0, relative.indexOf('/'));
            int[] counts = perFolder.computeIfAbsent(folder, f -> new int[3]);
            counts[0]++;
            PlayCheck check = PlayCheck.of(play);
            Set<String> codes = check.errors().stream().map(Issue::code).collect(Collectors.toSet());
            Set<String> wanted = rejects.get(relative);
            if (wanted == null && check.valid()) counts[1]++;
            else if (wanted != null && codes.containsAll(wanted)) counts[2]++;
            else wrong.add(relative + (wanted == null ? " should be valid: " + check.errors().stream().map(i -> i.code() + " " + i.message()).toList()
                    : " should be rejected with " + wanted + ", got " + codes));
        }
        StringBuilder table = new StringBuilder("| folder | plays | valid | rejected as the spec decides |\n|---|---:|---:|---:|\n");
        int[] total = new int[3];
        perFolder.forEach((folder, c) -> {
            table.append("| ").append(folder).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" | ").append(c[2]).append(" |\n");
            for (int i = 0; i < 3; i++) total[i] += c[i];
        });
        table.append("| **total** | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2]).append(" |\n");
        Path out = Path.of("target/conformance/validate.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        assertTrue(wrong.isEmpty(), wrong.size() + " Play(s) misclassified:\n" + String.join("\n", wrong) + "\n" + table);
        assertTrue(rejects.keySet().stream().allMatch(r -> Files.exists(root.resolve(r))), "expected-rejects names a missing Play");
    }

    private static Map<String, Set<String>> expectedRejects() throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (var in = ConformanceValidateTest.class.getResourceAsStream("/conformance/expected-rejects.txt")) {
            for (String line : new String(in.readAllBytes()).split("\n")) {
                String body = line.replaceAll("#.*", "").trim();
                if (body.isEmpty()) continue;
                String[] parts = body.split("\\s+");
                out.put(parts[0], Set.copyOf(Arrays.asList(parts[1].split(","))));
            }
        }
        return out;
    }
}

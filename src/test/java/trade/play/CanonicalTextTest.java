package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** play_hash hashes the canonical text: it follows what the Play says, not where or how it is written. */
class CanonicalTextTest {
    private static String canonical(String file, String text) {
        return PlayCompiler.compile(PlayLoader.load(file, text)).canonicalText();
    }

    @Test
    void fileNameLayoutAndCommentsDoNotChangeIt() throws Exception {
        for (String name : new String[]{"V_CORE_003_cases_metadata.yml", "V_CORE_005_windows_ranges.yml"}) {
            String text = Files.readString(Path.of("plays/core", name));
            String moved = "# a comment\n\n# another\n" + text + "\n# the end\n";
            assertEquals(canonical("plays/core/" + name, text), canonical("/elsewhere/other.yaml", moved), name);
        }
    }

    @Test
    void aChangeOfMeaningChangesIt() throws Exception {
        String text = Files.readString(Path.of("plays/core/V_CORE_005_windows_ranges.yml"));
        String changed = text.replace("[\"rsi_14\", \">\", 70]", "[\"rsi_14\", \">\", 71]");
        assertNotEquals(text, changed, "the test edit must apply");
        assertNotEquals(canonical("a.yml", text), canonical("a.yml", changed));
    }
}

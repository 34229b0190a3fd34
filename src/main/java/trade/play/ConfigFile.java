package trade.play;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import trade.core.Diagnostics;
import trade.core.Issue;
import trade.core.PlayException;
import trade.core.SourceSpan;
import trade.dsl.print.ExprPrinter;

/**
 * One file of {@code configs/} being read: the user's copy under {@code $PLAY_HOME/configs/} when
 * PLAY_HOME is set and the file is there, else the copy packaged in play.jar (the repository's
 * {@code configs/} folder). Walked by hand like a Play, so that every problem is reported at
 * file:line:col; a key outside the expected ones is an error, because a typo in a config must not
 * silently leave a value behind.
 */
final class ConfigFile {
    private static final String HOME_VARIABLE = "PLAY_HOME";

    private final String text;
    private final Diagnostics diagnostics = new Diagnostics();
    private final YamlDoc doc;

    ConfigFile(String label, String text) {
        this.text = text;
        this.doc = new YamlDoc(label, diagnostics);
    }

    /** {@code configs/<name>} as this process sees it: under {@code $PLAY_HOME} when there, else packaged. */
    static ConfigFile inForce(String name) { return find(name, System.getenv(HOME_VARIABLE)); }

    /** {@code <playHome>/configs/<name>} when {@code playHome} is given and holds the file, else the packaged copy. */
    static ConfigFile find(String name, String playHome) {
        if (playHome != null && !playHome.isBlank()) {
            Path user = Path.of(playHome, "configs", name);
            if (Files.isRegularFile(user)) return read(user);
        }
        return packaged(name);
    }

    static ConfigFile read(Path file) {
        try {
            return new ConfigFile(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new PlayException.BadInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static ConfigFile packaged(String name) {
        String resource = "configs/" + name;
        try (InputStream in = ConfigFile.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new PlayException.InternalError(resource + " is not on the class path (the build packages configs/*.yml into play.jar)");
            return new ConfigFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlayException.InternalError("cannot read the packaged " + resource + ": " + e.getMessage());
        }
    }

    /** A mapping of the file; {@code path} prefixes its keys in messages ({@code fees.}). */
    record Section(String path, Map<String, YamlDoc.Entry> entries) {}

    /** The top of the file, which must be a mapping with exactly {@code keys}; empty when the YAML is unreadable. */
    Optional<Section> top(List<String> keys) {
        return doc.compose(text).flatMap(root -> section(root, "", "the top of " + doc.file(), keys));
    }

    /** The mapping under {@code key}, which must hold exactly {@code keys}. */
    Optional<Section> section(Section parent, String key, List<String> keys) {
        return required(parent, key).flatMap(n -> section(n, parent.path() + key + ".", parent.path() + key, keys));
    }

    /** The mapping under {@code key} whose keys are the file's own choice (a table's rows). */
    Optional<Section> table(Section parent, String key) {
        return required(parent, key).flatMap(n -> doc.mapping(n, parent.path() + key)
                .map(m -> new Section(parent.path() + key + ".", doc.entries(m))));
    }

    private Optional<Section> section(Node node, String path, String what, List<String> keys) {
        Optional<MappingNode> m = doc.mapping(node, what);
        if (m.isEmpty()) return Optional.empty();
        Map<String, YamlDoc.Entry> entries = doc.entries(m.get());
        doc.unknownKeys(entries, keys, what, true);
        SourceSpan span = doc.span(node);
        for (String key : keys) {
            if (!entries.containsKey(key)) {
                diagnostics.add(Issue.error("MISSING_KEY", span, what + " has no '" + key + "'").expecting(key + ": …", "nothing"));
            }
        }
        return Optional.of(new Section(path, entries));
    }

    /** A number under {@code key} that passes {@code allowed} ({@code expected} says which); NaN after an error. */
    double number(Section s, String key, DoublePredicate allowed, String expected) {
        Optional<Node> node = required(s, key);
        if (node.isEmpty()) return Double.NaN;
        Optional<Double> v = doc.number(node.get(), s.path() + key);
        if (v.isPresent() && !allowed.test(v.get())) {
            diagnostics.add(Issue.error("INVALID_VALUE", doc.span(node.get()), s.path() + key + " is out of range")
                    .expecting(expected, ExprPrinter.number(v.get())));
            return Double.NaN;
        }
        return v.orElse(Double.NaN);
    }

    /** A whole number under {@code key}, at least 0; -1 after an error. */
    long count(Section s, String key) {
        double v = number(s, key, d -> d >= 0 && d == Math.rint(d) && d <= Long.MAX_VALUE, "a whole number ≥ 0");
        return Double.isNaN(v) ? -1 : (long) v;
    }

    /** Reports an error at a key of the file (for rules across keys). */
    void error(SourceSpan at, String message, String expected, String found) {
        diagnostics.add(Issue.error("INVALID_VALUE", at, message).expecting(expected, found));
    }

    /** Ends reading: every error of the file in one message, one line each at file:line:col. */
    void throwIfErrors() {
        List<Issue> errors = diagnostics.errors();
        if (errors.isEmpty()) return;
        StringBuilder b = new StringBuilder(doc.file()).append(" is not a valid configuration (").append(errors.size()).append(" error(s)):");
        for (Issue i : errors) {
            b.append('\n').append(i.span()).append(": ").append(i.message());
            if (!i.expected().isEmpty()) b.append(": expected ").append(i.expected()).append(", found ").append(i.found());
            if (!i.suggestions().isEmpty()) b.append(" (did you mean ").append(String.join(" or ", i.suggestions())).append("?)");
        }
        throw new PlayException.BadInput(b.toString());
    }

    private Optional<Node> required(Section s, String key) {
        YamlDoc.Entry e = s.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }
}

package trade.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import trade.core.Issue;
import trade.core.SourceSpan;
import trade.core.Suggestions;
import trade.dsl.ast.Expr;

/** Reads {@code actions:} in map form (action name → condition) or list form (blocks with cases). */
final class ActionReader {
    private static final List<String> ACTIONS = java.util.Arrays.stream(Intent.Action.values()).map(Intent.Action::label).toList();

    /** Names the original accepted but never acted on (play-dsl §5.2). */
    private static final List<String> RESERVED = List.of("adjust_stop", "adjust_target", "adjust_size");

    private final YamlDoc doc;
    private final ConditionReader conditions;

    ActionReader(YamlDoc doc, ConditionReader conditions) {
        this.doc = doc;
        this.conditions = conditions;
    }

    List<ActionBlock> read(Node node) {
        List<ActionBlock> blocks = new ArrayList<>();
        if (node instanceof MappingNode m) {
            for (YamlDoc.Entry e : doc.entries(m).values()) {
                Optional<Intent.Action> action = action(e.key(), e.keySpan());
                Optional<Expr> when = conditions.expr(e.value());
                if (action.isPresent() && when.isPresent()) {
                    Intent intent = new Intent(action.get(), 100, Map.of(), e.keySpan());
                    blocks.add(new ActionBlock(e.key(), List.of(new ActionBlock.Case(when.get(), List.of(intent))), List.of()));
                }
            }
        } else if (node instanceof SequenceNode s) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Node item : s.getValue()) block(item, ids).ifPresent(blocks::add);
        } else {
            doc.wrongType(node, "actions", "a mapping of action name to condition, or a list of blocks");
        }
        if (blocks.isEmpty() && !doc.diagnostics().hasErrors()) {
            doc.diagnostics().error("MISSING_REQUIRED_FIELD", doc.span(node), "actions declares no action");
        }
        return blocks;
    }

    private Optional<ActionBlock> block(Node node, java.util.Set<String> ids) {
        Optional<MappingNode> m = doc.mapping(node, "action block");
        if (m.isEmpty()) return Optional.empty();
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("id", "cases", "else"), "action block", true);
        if (!e.containsKey("id") || !e.containsKey("cases")) {
            doc.diagnostics().add(Issue.error("MISSING_REQUIRED_FIELD", doc.span(node), "an action block needs 'id' and 'cases'").expecting("id, cases", e.keySet().toString()));
            return Optional.empty();
        }
        Optional<String> id = doc.text(e.get("id").value(), "block id");
        if (id.isPresent() && !ids.add(id.get())) {
            doc.diagnostics().error("INVALID_ACTION", doc.span(e.get("id").value()), "block id '" + id.get() + "' is used twice");
        }
        List<ActionBlock.Case> cases = new ArrayList<>();
        doc.sequence(e.get("cases").value(), "cases").ifPresent(seq -> {
            if (seq.getValue().isEmpty()) doc.diagnostics().error("INVALID_ACTION", doc.span(seq), "cases is empty");
            for (Node c : seq.getValue()) oneCase(c).ifPresent(cases::add);
        });
        List<Intent> otherwise = List.of();
        if (e.containsKey("else")) {
            Optional<MappingNode> elseNode = doc.mapping(e.get("else").value(), "else");
            if (elseNode.isPresent()) {
                Map<String, YamlDoc.Entry> ee = doc.entries(elseNode.get());
                doc.unknownKeys(ee, List.of("emit"), "else", true);
                otherwise = ee.containsKey("emit") ? emit(ee.get("emit").value()) : List.of();
            }
        }
        List<Intent> elseIntents = otherwise;
        return id.map(i -> new ActionBlock(i, cases, elseIntents));
    }

    private Optional<ActionBlock.Case> oneCase(Node node) {
        Optional<MappingNode> m = doc.mapping(node, "case");
        if (m.isEmpty()) return Optional.empty();
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("when", "emit"), "case", true);
        if (!e.containsKey("when") || !e.containsKey("emit")) {
            doc.diagnostics().add(Issue.error("MISSING_REQUIRED_FIELD", doc.span(node), "a case needs 'when' and 'emit'").expecting("when, emit", e.keySet().toString()));
            return Optional.empty();
        }
        Optional<Expr> when = conditions.expr(e.get("when").value());
        List<Intent> emit = emit(e.get("emit").value());
        return when.map(w -> new ActionBlock.Case(w, emit));
    }

    private List<Intent> emit(Node node) {
        List<Intent> out = new ArrayList<>();
        Optional<SequenceNode> seq = doc.sequence(node, "emit");
        if (seq.isEmpty()) return out;
        if (seq.get().getValue().isEmpty()) doc.diagnostics().error("INVALID_INTENT", doc.span(node), "emit is empty");
        for (Node item : seq.get().getValue()) intent(item).ifPresent(out::add);
        return out;
    }

    private Optional<Intent> intent(Node node) {
        SourceSpan span = doc.span(node);
        if (node instanceof ScalarNode s) {
            return action(s.getValue(), span).map(a -> new Intent(a, 100, Map.of(), span));
        }
        Optional<MappingNode> m = doc.mapping(node, "intent");
        if (m.isEmpty()) return Optional.empty();
        Map<String, YamlDoc.Entry> e = doc.entries(m.get());
        doc.unknownKeys(e, List.of("action", "percent", "metadata"), "intent", true);
        if (!e.containsKey("action")) {
            doc.diagnostics().error("INVALID_INTENT", span, "an intent needs 'action'");
            return Optional.empty();
        }
        Optional<Intent.Action> action = doc.text(e.get("action").value(), "action").flatMap(a -> action(a, doc.span(e.get("action").value())));
        double percent = 100;
        if (e.containsKey("percent")) {
            Optional<Double> p = doc.number(e.get("percent").value(), "percent");
            if (p.isPresent() && (p.get() <= 0 || p.get() > 100)) {
                doc.diagnostics().add(Issue.error("INVALID_INTENT", doc.span(e.get("percent").value()), "percent out of range").expecting("a number in (0, 100]", p.get().toString()));
            }
            percent = p.orElse(100.0);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (e.containsKey("metadata")) {
            doc.mapping(e.get("metadata").value(), "metadata").ifPresent(md -> doc.entries(md).forEach((k, v) -> {
                if (v.value() instanceof MappingNode ref && doc.entries(ref).containsKey("feature_id")) {
                    conditions.reference(doc.entries(ref), doc.span(ref)).ifPresent(r -> metadata.put(k, r));
                } else {
                    metadata.put(k, doc.plain(v.value()));
                }
            }));
        }
        if (e.containsKey("percent") && action.isPresent() && !action.get().exit()) {
            doc.diagnostics().warning("INVALID_INTENT", doc.span(e.get("percent").value()), "percent only sizes exits; it is ignored on " + action.get().label());
        }
        double pct = percent;
        return action.map(a -> new Intent(a, pct, metadata, span));
    }

    private Optional<Intent.Action> action(String name, SourceSpan span) {
        Optional<Intent.Action> a = Intent.Action.parse(name);
        if (a.isEmpty() && RESERVED.contains(name)) {
            doc.diagnostics().add(Issue.error("INVALID_ACTION", span, "action '" + name + "' is reserved and has no effect")
                    .expecting("one of " + ACTIONS, "'" + name + "'"));
        } else if (a.isEmpty()) {
            doc.diagnostics().add(Issue.error("INVALID_ACTION", span, "unknown action '" + name + "'")
                    .expecting("one of " + ACTIONS, "'" + name + "'").suggesting(Suggestions.closest(name, ACTIONS)));
        }
        return a;
    }
}

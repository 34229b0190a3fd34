package trade.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import trade.synth.SyntheticMarket;

/** {@code play forge patterns}: every synthetic pattern with its family and what it looks like. */
@Command(name = "patterns", mixinStandardHelpOptions = true, description = "List the synthetic patterns: name, family, one-line description.")
final class ForgePatternsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<Map<String, Object>> rows = SyntheticMarket.patterns().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p);
            row.put("family", SyntheticMarket.family(p));
            row.put("description", SyntheticMarket.describe(p));
            return row;
        }).toList();
        if (output.json) {
            output.printJson(OutputOptions.envelope("ok", rows.size() + " patterns", Map.of("patterns", rows)));
            return ExitCodes.OK;
        }
        int name = rows.stream().mapToInt(r -> r.get("name").toString().length()).max().orElse(4);
        int family = rows.stream().mapToInt(r -> r.get("family").toString().length()).max().orElse(6);
        String format = "%-" + name + "s  %-" + family + "s  %s%n";
        PrintWriter out = output.out();
        out.printf(format, "pattern", "family", "description");
        for (Map<String, Object> r : rows) out.printf(format, r.get("name"), r.get("family"), r.get("description"));
        out.printf("%d patterns; play forge generate --pattern P --bars N --out FILE writes one%n", rows.size());
        out.flush();
        return ExitCodes.OK;
    }
}

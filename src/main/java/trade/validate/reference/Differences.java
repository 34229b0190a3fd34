package trade.validate.reference;

import java.util.ArrayList;
import java.util.List;
import trade.core.OutputSpec;

/** Compares recorded output arrays bar by bar; NaN equals NaN, everything else must match exactly. */
public final class Differences {
    private Differences() {}

    /** Up to a few readable mismatches, empty when both sides agree everywhere. */
    public static List<String> between(String what, List<OutputSpec> specs, double[][] actual, double[][] expected) {
        List<String> out = new ArrayList<>();
        for (int o = 0; o < expected.length; o++) {
            for (int t = 0; t < expected[o].length; t++) {
                double a = actual[o][t], e = expected[o][t];
                boolean same = a == e || (Double.isNaN(a) && Double.isNaN(e));
                if (!same && out.size() < 5) out.add(what + "." + specs.get(o).name() + " at bar " + t + ": incremental " + a + ", reference " + e);
            }
        }
        return out;
    }
}

package trade.play;

import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import trade.core.Timeframe;

/** The three timeframe roles of a Play and which of them is the exec timeframe. */
public record TimeframeRoles(Timeframe low, Timeframe med, Timeframe high, String execRole) {
    public Timeframe exec() { return resolve(execRole).orElseThrow(); }

    /** A role name ({@code low_tf}, {@code med_tf}, {@code high_tf}, {@code exec}) or a concrete timeframe. */
    public Optional<Timeframe> resolve(String roleOrTimeframe) {
        return switch (roleOrTimeframe) {
            case "low_tf" -> Optional.of(low);
            case "med_tf" -> Optional.of(med);
            case "high_tf" -> Optional.of(high);
            case "exec" -> resolve(execRole);
            default -> Timeframe.parse(roleOrTimeframe);
        };
    }

    public boolean isRoleTimeframe(Timeframe tf) { return tf == low || tf == med || tf == high; }

    /** The distinct role timeframes, fastest first. */
    public SortedSet<Timeframe> distinct() {
        SortedSet<Timeframe> set = new TreeSet<>();
        set.add(low);
        set.add(med);
        set.add(high);
        return set;
    }
}

package trade.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known names most similar to a misspelt one (similarity ≥ 0.5, at most 3). */
public final class Suggestions {
    private Suggestions() {}

    public static List<String> closest(String name, Collection<String> known) {
        record Scored(String name, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (String k : known) {
            double s = similarity(name.toLowerCase(), k.toLowerCase());
            if (s >= 0.5) scored.add(new Scored(k, s));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name));
        return scored.stream().limit(3).map(Scored::name).toList();
    }

    /** 1 − edit distance / longer length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) editDistance(a, b) / longer;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}

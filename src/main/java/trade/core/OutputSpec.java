package trade.core;

import java.util.List;

/**
 * One output field of an indicator or structure. ENUM outputs are stored as the index of the
 * value in {@code enumDomain} (a double, like every other output); NaN means missing.
 */
public record OutputSpec(String name, ValueType type, List<String> enumDomain) {
    public OutputSpec {
        enumDomain = List.copyOf(enumDomain);
        if ((type == ValueType.ENUM) == enumDomain.isEmpty()) {
            throw new IllegalArgumentException("output " + name + ": only ENUM outputs carry a domain");
        }
    }

    public static OutputSpec of(String name, ValueType type) { return new OutputSpec(name, type, List.of()); }

    public static OutputSpec enumOf(String name, String... domain) {
        return new OutputSpec(name, ValueType.ENUM, List.of(domain));
    }

    /** Code of an enum word (case-insensitive), or -1 when it is not in the domain. */
    public int enumCode(String word) {
        for (int i = 0; i < enumDomain.size(); i++) {
            if (enumDomain.get(i).equalsIgnoreCase(word)) return i;
        }
        return -1;
    }
}

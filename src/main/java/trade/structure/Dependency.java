package trade.structure;

/**
 * A structure type another structure may consume through {@code uses:}. A detector can have at most
 * one dependency per type, because the engine hands dependencies over keyed by type, not by key.
 */
public record Dependency(String type, boolean required) {
    public Dependency {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("dependency type is blank");
    }

    static Dependency required(String type) { return new Dependency(type, true); }

    static Dependency optional(String type) { return new Dependency(type, false); }
}

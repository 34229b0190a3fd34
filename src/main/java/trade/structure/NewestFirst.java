package trade.structure;

/**
 * Column lists kept newest first (price bands, derived zones): making room at index 0 shifts the
 * first {@code count} entries of every column one place back; whatever was at {@code count} is
 * overwritten, which is how the oldest entry falls off a full list.
 */
final class NewestFirst {
    private NewestFirst() {}

    static void makeRoom(int count, Object... columns) {
        for (Object column : columns) System.arraycopy(column, 0, column, 1, count);
    }
}

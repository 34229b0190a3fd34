package trade.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Client order ids derived from the Play, the symbol, the bar the decision was taken on and the
 * intent, so that re-deciding the same bar (a retry after a timeout, a restart) names the same
 * order and a venue refuses the duplicate instead of filling twice. The form fits Bybit's
 * {@code orderLinkId} (at most 36 characters of letters, digits, '-' and '_'):
 * {@code <8 hex of play+symbol>-<bar minute, base 36>-<intent><n>}.
 */
final class ClientOrderIds {
    private final String prefix;
    private long lastBar = Long.MIN_VALUE;
    /** Orders of each intent decided at {@code lastBar}. */
    private final java.util.Map<String, Integer> sequence = new java.util.HashMap<>();

    ClientOrderIds(String playId, String symbol) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((playId + "|" + symbol).getBytes(StandardCharsets.UTF_8));
            prefix = HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The id of the next order decided at bar time {@code barTimeMs} for {@code intent} (a short
     * code such as {@code EL} entry long, {@code XS} exit short, {@code RK} risk close);
     * {@code n} counts the earlier orders of the same bar and intent, so an id depends on nothing
     * else the bar decided.
     */
    String next(long barTimeMs, String intent) {
        if (barTimeMs != lastBar) {
            lastBar = barTimeMs;
            sequence.clear();
        }
        int n = sequence.merge(intent, 1, Integer::sum) - 1;
        return prefix + "-" + Long.toString(Math.floorDiv(barTimeMs, 60_000L), 36) + "-" + intent + n;
    }
}

package trade.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import trade.core.Candles;
import trade.core.Timeframe;
import trade.engine.EquityCurve;
import trade.engine.TradeRecord;

/**
 * The five hashes that identify a run (results-and-hashes.md §6), all SHA-256 in lower-case hex,
 * stored in full (64 characters) and shown shortened to 12 ({@link #short12}).
 *
 * <ul>
 *   <li>{@code play}: SHA-256 of the canonical Play text the caller supplies.</li>
 *   <li>{@code input}: SHA-256 of {@link CanonicalJson#compact} of the input components
 *       ({@link #inputComponents}); its first 12 hex are the run id and the run folder name.</li>
 *   <li>{@code trades}: SHA-256 of the compact canonical JSON list of the trade rows
 *       ({@link ArtifactTables#tradeRows}: the {@code trades.parquet} columns, times as
 *       {@code YYYY-MM-DDTHH:MM:SS} UTC strings, missing stop/target as {@code null}). No trades
 *       hash the text {@code []}, never the empty string.</li>
 *   <li>{@code equity}: SHA-256 of the compact canonical JSON list of
 *       {@code {"bar_idx":int,"equity":double,"ts_ms":long}}, one per curve point; an empty curve
 *       hashes {@code []}.</li>
 *   <li>{@code run}: SHA-256 of {@code {"equity":<64 hex>,"play":<64 hex>,"trades":<64 hex>}}
 *       (compact, the full hashes).</li>
 * </ul>
 * Text is encoded as UTF-8 before hashing (canonical JSON is ASCII).
 */
public record RunHashes(String play, String input, String trades, String equity, String run) {
    public static final int SHORT_LENGTH = 12;
    public static final String ALGORITHM = "sha256";
    public static final String VERSION = "1.0.0";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The input hash in full and its 12-hex short form (run id, folder name). */
    public record InputHash(String full, String shortHash) {}

    /** Computes the trades, equity and run hashes of a finished run around the given play and input hashes. */
    public static RunHashes of(String playHash, String inputHashFull, List<TradeRecord> trades, EquityCurve equity) {
        String th = tradesHash(trades);
        String eh = equityHash(equity);
        return new RunHashes(playHash, inputHashFull, th, eh, runHash(playHash, th, eh));
    }

    /** SHA-256 of the UTF-8 bytes, lower-case hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The first 12 characters, for display. */
    public static String short12(String fullHash) {
        return fullHash.length() <= SHORT_LENGTH ? fullHash : fullHash.substring(0, SHORT_LENGTH);
    }

    /** Hash of the caller's canonical Play text. */
    public static String playHash(String canonicalPlayText) { return sha256Hex(canonicalPlayText); }

    /** Hash of the input components (keys sorted by the canonical form). */
    public static InputHash inputHash(Map<String, Object> components) {
        String full = sha256Hex(CanonicalJson.compact(components));
        return new InputHash(full, short12(full));
    }

    /**
     * The canonical input components of §6.2: {@code play_hash}; {@code symbols} upper-cased,
     * de-duplicated, sorted; {@code tf_exec} and {@code tf_ctx} (canonical spellings, sorted,
     * de-duplicated); {@code window_start}/{@code window_end} as UTC dates {@code YYYY-MM-DD};
     * the four component versions "1.0.0"; {@code data_source_id}; {@code data_version} null;
     * {@code candle_policy} "closed_only"; {@code seed} null. The map is mutable so a caller can
     * add fields that should change the run identity.
     */
    public static Map<String, Object> inputComponents(String playHash, Collection<String> symbols,
            Timeframe execTimeframe, Collection<Timeframe> featureTimeframes,
            long windowStartMs, long windowEndMs, String dataSourceId) {
        Map<String, Object> m = new TreeMap<>();
        m.put("play_hash", playHash);
        m.put("symbols", sortedUpper(symbols));
        m.put("tf_exec", execTimeframe.canonical());
        TreeSet<String> ctx = new TreeSet<>();
        for (Timeframe tf : featureTimeframes) ctx.add(tf.canonical());
        m.put("tf_ctx", new ArrayList<>(ctx));
        m.put("window_start", isoDate(windowStartMs));
        m.put("window_end", isoDate(windowEndMs));
        m.put("fee_model_version", VERSION);
        m.put("simulator_version", VERSION);
        m.put("engine_version", VERSION);
        m.put("fill_policy_version", VERSION);
        m.put("data_source_id", dataSourceId);
        m.put("data_version", null);
        m.put("candle_policy", "closed_only");
        m.put("seed", null);
        return m;
    }

    /** One symbol: the symbol upper-cased; several: {@code uni_} + 12 hex of the sorted list. */
    public static String universeId(Collection<String> symbols) {
        List<String> sorted = sortedUpper(symbols);
        if (sorted.size() == 1) return sorted.get(0);
        return "uni_" + short12(sha256Hex(CanonicalJson.compact(sorted)));
    }

    /** Hash of the trade rows; an empty list hashes {@code []}. */
    public static String tradesHash(List<TradeRecord> trades) {
        return tradeRowsHash(ArtifactTables.tradeRows(trades));
    }

    /**
     * Hash of trade rows as {@link ArtifactTables#tradeRows} makes them, or as they read back from
     * {@code trades.parquet}: the same values give the same hash, which is how a stored file is
     * checked against the hash the run recorded.
     */
    public static String tradeRowsHash(List<? extends Map<String, Object>> rows) {
        return sha256Hex(CanonicalJson.compact(rows));
    }

    /**
     * SHA-256 over the candles' content (open time and the IEEE-754 bits of open, high, low, close,
     * volume, big-endian, row by row), the {@code data_hash} of a run: the same candles, from
     * whatever source, give the same hash.
     */
    public static String candlesHash(Candles c) {
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocate(48);
        for (int i = 0; i < c.size(); i++) {
            buf.clear();
            buf.putLong(c.openTime(i)).putDouble(c.open(i)).putDouble(c.high(i)).putDouble(c.low(i)).putDouble(c.close(i)).putDouble(c.volume(i));
            md.update(buf.array(), 0, 48);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hash of the equity points {@code {bar_idx, equity, ts_ms}}; an empty curve hashes {@code []}. */
    public static String equityHash(EquityCurve curve) {
        StringBuilder out = new StringBuilder(curve.size() * 56 + 2).append('[');
        for (int i = 0; i < curve.size(); i++) {
            if (i > 0) out.append(',');
            // Keys already in canonical (sorted) order; same bytes as CanonicalJson.compact of the map.
            out.append("{\"bar_idx\":").append(curve.barIndex()[i])
                    .append(",\"equity\":").append(CanonicalJson.compact(curve.equity()[i]))
                    .append(",\"ts_ms\":").append(curve.timeMs()[i]).append('}');
        }
        return sha256Hex(out.append(']').toString());
    }

    /** Hash of {@code {"equity", "play", "trades"}} (full hashes; a null play stays {@code null}). */
    public static String runHash(String playHash, String tradesHash, String equityHash) {
        Map<String, Object> m = new TreeMap<>();
        m.put("equity", equityHash);
        m.put("play", playHash);
        m.put("trades", tradesHash);
        return sha256Hex(CanonicalJson.compact(m));
    }

    static String isoDate(long epochMs) { return DATE.format(Instant.ofEpochMilli(epochMs)); }

    private static List<String> sortedUpper(Collection<String> symbols) {
        TreeSet<String> set = new TreeSet<>();
        for (String s : symbols) set.add(s.toUpperCase(Locale.ROOT));
        return new ArrayList<>(set);
    }
}

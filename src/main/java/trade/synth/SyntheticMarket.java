package trade.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import trade.core.Candles;

/**
 * Seeded synthetic 1m candles for a named market shape (spec forge-and-validate §1). Higher
 * timeframes are built from these by {@code trade.engine.timeframe.CandleRollup}, so every
 * timeframe agrees with the 1m candles (the original generated each timeframe on its own).
 *
 * <p>Defaults follow the spec: P0 = 50 000, daily volatility 0.02 scaled to the bar as
 * σ = 0.02·sqrt(1/1440), {@link PatternConfig#DEFAULTS}. A pattern's closes come from its formula
 * with n = minutes, then {@link Ohlcv} adds open, wicks and volume.
 *
 * <p>Randomness: one {@link Random} seeded with {@code seed}. Its nextGaussian/nextDouble are
 * specified exactly by the JDK (and use StrictMath), so a seed gives the same candles on every
 * machine. The pattern draws first, then the OHLCV pass draws per bar. The numbers differ from
 * the original's numpy stream (bit parity with it is not a goal). {@link Random} keeps only the
 * low 48 bits of its seed, so seeds are limited to {@code [0, }{@link #MAX_SEED}{@code ]}: a larger
 * or negative seed would silently repeat the candles of the seed with the same low 48 bits.
 *
 * <p>Decisions (in docs/differences.md):
 * <ul>
 *   <li>The open-gap σ (0.001) and wick σ (0.005) are scaled by sqrt(1/1440) like the walk, so a
 *       1m wick is in proportion to a 1m body and aggregated days have realistic ranges.</li>
 *   <li>Volatilities the original applies per bar without TF scaling (vol_squeeze_expand's 0.02 /
 *       0.10 / 0.03, vol_decay's 0.10·(…)+0.005) are read as daily volatilities and scaled like σ,
 *       and vol_squeeze_expand's 0.0001·P0 per-bar drift as a daily drift (× 1/1440); literally
 *       applied at 1m they would walk several P0 away and through zero.</li>
 *   <li>Closes are clamped to 1e-4·P0 if a pattern would reach zero.</li>
 * </ul>
 */
public final class SyntheticMarket {
    public static final double BASE_PRICE = 50_000.0;
    /**
     * Starting prices of symbols whose quantity step would make BTC-scale prices untradable
     * (0.1 SOL at 50,000 is 5,000 USDT). Other symbols start at {@link #BASE_PRICE}. They shape
     * the candles and so every data hash, which is why they live here and not in {@code configs/}.
     */
    private static final Map<String, Double> BASE_PRICES = Map.of("ETHUSDT", 3_000.0, "SOLUSDT", 150.0, "LTCUSDT", 80.0);
    public static final double DAILY_VOLATILITY = 0.02;
    /** 2025-01-01T00:00:00Z, the original's base timestamp. */
    public static final long BASE_TIMESTAMP_MS = 1_735_689_600_000L;

    /** The largest seed: {@link Random} uses 48 bits of it, so every seed in {@code [0, MAX_SEED]} gives its own candles. */
    public static final long MAX_SEED = (1L << 48) - 1;

    private static final Map<String, Pattern> PATTERNS = index();

    private SyntheticMarket() {}

    /** The synthetic starting price for {@code symbol}. */
    public static double basePrice(String symbol) { return BASE_PRICES.getOrDefault(symbol, BASE_PRICE); }

    /** {@code minutes} 1m candles of {@code pattern} for {@code symbol}'s price scale, default volatility and config. */
    public static Candles generate(String pattern, int minutes, long seed, long startMs, String symbol) {
        return generate(pattern, minutes, seed, startMs, basePrice(symbol), DAILY_VOLATILITY, PatternConfig.DEFAULTS);
    }

    /** {@code minutes} 1m candles of {@code pattern} with the default price, volatility and config. */
    public static Candles generate(String pattern, int minutes, long seed, long startMs) {
        return generate(pattern, minutes, seed, startMs, BASE_PRICE, DAILY_VOLATILITY, PatternConfig.DEFAULTS);
    }

    /**
     * {@code minutes} 1m candles of {@code pattern}, bar 0 opening at {@code startMs} (a whole
     * minute), around base price {@code basePrice} with daily volatility {@code dailyVolatility}.
     */
    public static Candles generate(String pattern, int minutes, long seed, long startMs, double basePrice,
                                   double dailyVolatility, PatternConfig config) {
        Pattern shape = find(pattern);
        if (minutes < 1) throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
        if (seed < 0 || seed > MAX_SEED) throw new IllegalArgumentException(seedRange(seed));
        if (Math.floorMod(startMs, 60_000L) != 0) {
            throw new IllegalArgumentException("startMs must be a whole minute, was " + startMs);
        }
        if (!(basePrice > 0)) throw new IllegalArgumentException("basePrice must be positive, was " + basePrice);
        if (!(dailyVolatility >= 0)) {
            throw new IllegalArgumentException("dailyVolatility must not be negative, was " + dailyVolatility);
        }
        PatternRun run = new PatternRun(minutes, basePrice, dailyVolatility, 1, config, new Random(seed));
        double[] closes = new double[minutes];
        closes[0] = basePrice;
        shape.rule().fill(closes, run);
        return Ohlcv.fromCloses(closes, run, startMs);
    }

    /** Why {@code seed} is refused: it lies outside {@code [0, MAX_SEED]}. */
    public static String seedRange(long seed) {
        return "seed " + seed + " is outside 0.." + MAX_SEED + " (2^48 - 1): the generator keeps 48 bits of the seed,"
                + " so it would give the same candles as seed " + (seed & MAX_SEED);
    }

    /** All pattern names, in the spec's order. */
    public static List<String> patterns() { return List.copyOf(PATTERNS.keySet()); }

    /** One line saying what {@code pattern} looks like. */
    public static String describe(String pattern) { return find(pattern).description(); }

    /** The family {@code pattern} belongs to (legacy, trend, range, …). */
    public static String family(String pattern) { return find(pattern).family(); }

    private static Pattern find(String name) {
        Pattern p = PATTERNS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown synthetic pattern '" + name + "'; valid patterns: "
                    + String.join(", ", PATTERNS.keySet()));
        }
        return p;
    }

    private static Map<String, Pattern> index() {
        List<Pattern> all = new ArrayList<>();
        Stream.of(LegacyPatterns.all(), TrendPatterns.all(), RangePatterns.all(), ReversalPatterns.all(),
                BreakoutPatterns.all(), VolatilityPatterns.all(), LiquidityPatterns.all(), MtfPatterns.all(),
                IctPatterns.all()).forEach(all::addAll);
        Map<String, Pattern> byName = new LinkedHashMap<>();
        for (Pattern p : all) {
            if (byName.put(p.name(), p) != null) throw new IllegalStateException("duplicate pattern " + p.name());
        }
        return byName;
    }
}

package trade.validate;

import java.nio.file.Path;
import java.util.List;
import trade.synth.SyntheticMarket;

/**
 * What an audit runs on.
 *
 * @param patterns synthetic patterns to generate 1m candles from
 * @param minutes  1m candles per pattern
 * @param seed     seed of the synthetic candles
 * @param plays    Play files the Play-level audits run (look-ahead, determinism, metrics, warm-up)
 * @param focus    whether parity audits cover every catalog entry or only what {@code plays} declare
 * @param threads  worker threads an audit may use
 */
public record AuditScope(List<String> patterns, int minutes, long seed, List<Path> plays, Focus focus, int threads) {
    /** What the indicator and structure parity audits cover. */
    public enum Focus {
        /** every indicator and detector of the catalogs, with default and varied parameters */
        CATALOG,
        /** only the features and structures the scope's Plays declare, with their parameters */
        PLAYS
    }

    /** Patterns of the reduced set: one of each family. */
    public static final List<String> REDUCED_PATTERNS = List.of("trending", "trend_up_clean", "range_wide", "reversal_v_bottom",
            "breakout_false", "vol_squeeze_expand", "choppy_whipsaw", "mtf_pullback_bull", "ob_retest");

    public AuditScope {
        patterns = List.copyOf(patterns);
        plays = List.copyOf(plays);
        if (patterns.isEmpty()) throw new IllegalArgumentException("an audit scope needs at least one pattern");
        if (minutes < 1) throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }

    /** The same scope with another seed of the synthetic candles. */
    public AuditScope withSeed(long otherSeed) { return new AuditScope(patterns, minutes, otherSeed, plays, focus, threads); }

    /** One pattern of each family, 3 days of 1m candles each: the {@code standard} tier. */
    public static AuditScope reduced(List<Path> plays, int threads) {
        return new AuditScope(REDUCED_PATTERNS, 3 * 1440, 42, plays, Focus.CATALOG, threads);
    }

    /** Every pattern, 7 days of 1m candles each: {@code forge audit} and the {@code full} tier. */
    public static AuditScope full(List<Path> plays, int threads) {
        return new AuditScope(SyntheticMarket.patterns(), 7 * 1440, 42, plays, Focus.CATALOG, threads);
    }
}

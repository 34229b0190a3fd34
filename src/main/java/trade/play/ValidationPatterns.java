package trade.play;

import java.util.List;

/**
 * The names a Play's {@code validation.pattern} may take (play-dsl §2.9). The generators live in
 * {@code trade.synth}; a test keeps both lists equal.
 */
public final class ValidationPatterns {
    public static final List<String> NAMES = List.of("trending", "ranging", "volatile", "multi_tf_aligned",
            "trend_up_clean", "trend_down_clean", "trend_grinding", "trend_parabolic", "trend_exhaustion", "trend_stairs",
            "range_tight", "range_wide", "range_ascending", "range_descending",
            "reversal_v_bottom", "reversal_v_top", "reversal_double_bottom", "reversal_double_top",
            "breakout_clean", "breakout_false", "breakout_retest",
            "vol_squeeze_expand", "vol_spike_recover", "vol_spike_continue", "vol_decay",
            "liquidity_hunt_lows", "liquidity_hunt_highs", "choppy_whipsaw", "accumulation", "distribution",
            "mtf_aligned_bull", "mtf_aligned_bear", "mtf_pullback_bull", "mtf_pullback_bear",
            "displacement_impulse", "trending_with_gaps", "equal_highs_lows", "ob_retest");

    private ValidationPatterns() {}
}

package trade.validate;

import java.nio.file.Path;
import trade.core.Candles;
import trade.synth.PlayMarket;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.play.PlaySpec;

/**
 * A Play of an audit's scope, compiled, with the synthetic 1m candles it runs on: its validation
 * pattern ({@code trend_up_clean} when it has none) and the default bar count.
 */
record ScopePlay(CompiledPlay play, Candles candles) {
    static final String FALLBACK_PATTERN = "trend_up_clean";

    static ScopePlay load(Path file, long seed) {
        PlaySpec spec = PlayLoader.load(file);
        CompiledPlay play = PlayCompiler.compile(spec);
        return new ScopePlay(play, PlayMarket.of(spec, play, seed, null, FALLBACK_PATTERN).candles());
    }

    String id() { return play.spec().id(); }
}

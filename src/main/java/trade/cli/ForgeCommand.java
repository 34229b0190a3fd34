package trade.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import trade.core.Candles;
import trade.core.PlayException;
import trade.core.Timeframe;
import trade.synth.SyntheticMarket;

/** {@code play forge …}: the synthetic market generator as a tool of its own. */
@Command(name = "forge", mixinStandardHelpOptions = true, description = "Synthetic 1m candles: generate, list and plot the 38 patterns; audit the engine on them.",
        subcommands = {ForgeGenerateCommand.class, ForgePatternsCommand.class, ForgePlotCommand.class, ForgeAuditCommand.class})
final class ForgeCommand implements Runnable {
    static final long DEFAULT_SEED = 42;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Which pattern market to make: pattern, length, seed and price scale, shared by generate and plot. */
    static final class MarketOptions {
        @Option(names = "--pattern", paramLabel = "P", description = "Pattern name (see play forge patterns)")
        String pattern;

        @Option(names = "--bars", paramLabel = "N", description = "Bars of --timeframe to generate (N × its minutes 1m candles)")
        Integer bars;

        @Option(names = "--timeframe", paramLabel = "TF", converter = TimeframeConverter.class,
                description = "Timeframe --bars counts (1m 3m 5m 15m 30m 1h 2h 4h 6h 12h D; default 1m)")
        Timeframe timeframe;

        @Option(names = "--seed", paramLabel = "S", description = "Seed, 0 to 2^48 - 1 (default " + DEFAULT_SEED + ")")
        Long seed;

        @Option(names = "--symbol", description = "Symbol whose price scale to use (ETHUSDT 3000, SOLUSDT 150, LTCUSDT 80, others 50000; default BTCUSDT)")
        String symbol;

        String symbol() { return symbol == null ? "BTCUSDT" : symbol; }

        long seed() {
            long s = seed == null ? DEFAULT_SEED : seed;
            if (s < 0 || s > SyntheticMarket.MAX_SEED) throw new PlayException.BadInput("--seed: " + SyntheticMarket.seedRange(s));
            return s;
        }

        Timeframe timeframe() { return timeframe == null ? Timeframe.M1 : timeframe; }

        /** The pattern, refused with the list of names when it is missing or unknown. */
        String pattern() {
            if (pattern == null) throw new PlayException.BadInput("give --pattern P; patterns: " + String.join(", ", SyntheticMarket.patterns()));
            if (!SyntheticMarket.patterns().contains(pattern)) {
                throw new PlayException.BadInput("unknown pattern '" + pattern + "'; patterns: " + String.join(", ", SyntheticMarket.patterns()));
            }
            return pattern;
        }

        /** {@code bars} (or {@code fallback} when not given) bars of the timeframe as a count of 1m candles. */
        int minutes(int fallback) {
            int n = bars == null ? fallback : bars;
            long minutes = (long) n * timeframe().minutes();
            // the same ceiling as a Play's synthetic market (PlayMarket)
            if (n < 1 || minutes > Integer.MAX_VALUE / 2) {
                throw new PlayException.BadInput("--bars " + n + " of " + timeframe().label() + " is not a usable number of 1m candles (" + minutes + ")");
            }
            return (int) minutes;
        }

        /** The pattern's 1m candles from {@link SyntheticMarket#BASE_TIMESTAMP_MS}. */
        Candles generate(int minutes) {
            return SyntheticMarket.generate(pattern(), minutes, seed(), SyntheticMarket.BASE_TIMESTAMP_MS, symbol());
        }
    }

    /** Reads a timeframe as a Play spells it ({@code 15m}, {@code D}). */
    static final class TimeframeConverter implements CommandLine.ITypeConverter<Timeframe> {
        @Override
        public Timeframe convert(String text) {
            return Timeframe.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException("'" + text + "' is not a timeframe; expected one of "
                    + Arrays.stream(Timeframe.values()).map(Timeframe::label).toList()));
        }
    }
}

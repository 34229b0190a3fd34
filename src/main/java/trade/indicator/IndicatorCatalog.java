package trade.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import trade.core.OutputSpec;
import trade.core.ParamSpec;
import trade.core.Params;
import trade.core.ValueType;

/**
 * The 47 indicator types of play-dsl.md §3.3: parameters with defaults (the original factory's) and
 * minimums, outputs in registry order, input routing (indicators.md §1.3), registry warm-up and a
 * factory.
 */
public final class IndicatorCatalog {
    private static final Map<String, IndicatorKind> KINDS = build();

    private IndicatorCatalog() {}

    public static Optional<IndicatorKind> find(String name) { return Optional.ofNullable(KINDS.get(name)); }

    /** All names, sorted. */
    public static List<String> names() { return List.copyOf(KINDS.keySet()); }

    private static Map<String, IndicatorKind> build() {
        List<CatalogEntry> all = new ArrayList<>();
        // moving averages
        all.add(series("ema", List.of(length(20)), value(), p -> 3 * len(p), (p, s) -> new Ema(len(p), s)));
        all.add(series("sma", List.of(length(20)), value(), IndicatorCatalog::len, (p, s) -> new Sma(len(p), s)));
        all.add(series("wma", List.of(length(20)), value(), IndicatorCatalog::len, (p, s) -> new Wma(len(p), s)));
        all.add(series("dema", List.of(length(20)), value(), p -> 3 * len(p), (p, s) -> LayeredEma.dema(len(p), s)));
        all.add(series("tema", List.of(length(20)), value(), p -> 3 * len(p), (p, s) -> LayeredEma.tema(len(p), s)));
        all.add(series("trima", List.of(length(20)), value(), IndicatorCatalog::len, (p, s) -> new Trima(len(p), s)));
        all.add(series("zlma", List.of(length(20)), value(), p -> 3 * len(p), (p, s) -> new Zlma(len(p), s)));
        all.add(series("kama", List.of(length(10)), value(), p -> 3 * len(p), (p, s) -> new Kama(len(p), s)));
        all.add(series("alma", List.of(length(10), ParamSpec.number("sigma", 6.0, 0),
                new ParamSpec("offset", ParamSpec.Kind.FLOAT, 0.85, 0, 1, List.of())),
                value(), IndicatorCatalog::len,
                (p, s) -> new Alma(len(p), p.number("sigma"), p.number("offset"), s)));
        all.add(series("linreg", List.of(length(14)), value(), IndicatorCatalog::len, (p, s) -> new LinearRegression(len(p), s)));
        all.add(bars("vwap", List.of(ParamSpec.word("anchor", "D", "D", "W", "M")), value(), p -> 1,
                (p, s) -> new Vwap(CalendarPeriod.ofAnchor(p.text("anchor")))));
        all.add(bars("anchored_vwap", List.of(ParamSpec.word("anchor_source", "swing_any",
                        "swing_high", "swing_low", "swing_any", "pair_high", "pair_low", "pair_any", "manual")),
                outputs("value", "bars_since_anchor:INT"), p -> 1,
                (p, s) -> new AnchoredVwap(AnchoredVwap.Source.of(p.text("anchor_source")))));
        // oscillators
        all.add(series("rsi", List.of(length(14)), value(), p -> len(p) + 1, (p, s) -> new Rsi(len(p), s)));
        all.add(bars("cci", List.of(length(14)), value(), IndicatorCatalog::len, (p, s) -> new Cci(len(p))));
        all.add(bars("willr", List.of(length(14)), value(), IndicatorCatalog::len, (p, s) -> new WilliamsR(len(p))));
        all.add(series("cmo", List.of(length(14)), value(), IndicatorCatalog::lenPlusOne, (p, s) -> new Cmo(len(p), s)));
        all.add(bars("mfi", List.of(length(14)), value(), IndicatorCatalog::lenPlusOne, (p, s) -> new Mfi(len(p))));
        all.add(bars("uo", List.of(count("fast", 7), count("medium", 14), count("slow", 28)), value(),
                p -> max(p, "fast", "medium", "slow") + 1,
                (p, s) -> new UltimateOscillator(p.integer("fast"), p.integer("medium"), p.integer("slow"))));
        all.add(bars("stoch", List.of(count("k", 14), count("smooth_k", 3), count("d", 3)), outputs("k", "d"),
                p -> p.integer("k") + p.integer("smooth_k") + p.integer("d"),
                (p, s) -> Stochastic.ofPrices(p.integer("k"), p.integer("smooth_k"), p.integer("d"))));
        all.add(series("stochrsi", List.of(length(14), count("rsi_length", 14), count("k", 3), count("d", 3)),
                outputs("k", "d"), p -> p.integer("rsi_length") + len(p) + max(p, "k", "d") + 1,
                (p, s) -> Stochastic.ofRsi(len(p), p.integer("rsi_length"), p.integer("k"), p.integer("d"), s)));
        all.add(bars("fisher", List.of(length(9)), outputs("fisher", "signal"), p -> len(p) + 1, (p, s) -> new FisherTransform(len(p))));
        all.add(series("tsi", List.of(count("fast", 13), ParamSpec.integer("slow", 25, 2), count("signal", 13)),
                outputs("tsi", "signal"), p -> sum(p, "fast", "slow", "signal"),
                (p, s) -> new TrueStrengthIndex(p.integer("fast"), p.integer("slow"), p.integer("signal"), s)));
        // trend
        all.add(bars("adx", List.of(wilderLength(14)), outputs("adx", "dmp", "dmn", "adxr"), p -> 2 * len(p),
                (p, s) -> new Adx(len(p))));
        all.add(bars("aroon", List.of(length(25)), outputs("up", "down", "osc"), p -> len(p) + 1, (p, s) -> new Aroon(len(p))));
        all.add(bars("supertrend", List.of(wilderLength(10), ParamSpec.number("multiplier", 3.0, 0)),
                outputs("trend", "direction:INT", "long", "short"), IndicatorCatalog::len,
                (p, s) -> new Supertrend(len(p), p.number("multiplier"))));
        all.add(bars("psar", List.of(ParamSpec.number("af0", 0.02, 0), ParamSpec.number("af", 0.02, 0),
                        ParamSpec.number("max_af", 0.2, 0)),
                outputs("long", "short", "af", "reversal:INT"), p -> 2,
                (p, s) -> new ParabolicSar(p.number("af0"), p.number("max_af"))));
        all.add(bars("vortex", List.of(length(14)), outputs("vip", "vim"), IndicatorCatalog::len, (p, s) -> new Vortex(len(p))));
        all.add(bars("dm", List.of(length(14)), outputs("dmp", "dmn"), IndicatorCatalog::len, (p, s) -> new DirectionalMovement(len(p))));
        // momentum
        all.add(series("trix", List.of(length(18), count("signal", 9)), outputs("trix", "signal"),
                p -> 3 * len(p), (p, s) -> new Trix(len(p), p.integer("signal"), s)));
        all.add(series("ppo", List.of(count("fast", 12), count("slow", 26), count("signal", 9)),
                outputs("ppo", "histogram", "signal"), IndicatorCatalog::slowMaWarmup,
                (p, s) -> SpreadOscillator.ppo(p.integer("fast"), p.integer("slow"), p.integer("signal"), s)));
        all.add(series("macd", List.of(count("fast", 12), count("slow", 26), count("signal", 9)),
                outputs("macd", "signal", "histogram"), IndicatorCatalog::slowMaWarmup,
                (p, s) -> SpreadOscillator.macd(p.integer("fast"), p.integer("slow"), p.integer("signal"), s)));
        all.add(series("roc", List.of(length(10)), value(), IndicatorCatalog::lenPlusOne, (p, s) -> Change.rateOfChange(len(p), s)));
        all.add(series("mom", List.of(length(10)), value(), IndicatorCatalog::lenPlusOne, (p, s) -> Change.momentum(len(p), s)));
        // volatility
        all.add(bars("atr", List.of(wilderLength(14)), value(), IndicatorCatalog::len, (p, s) -> new Atr(len(p))));
        all.add(bars("natr", List.of(length(14)), value(), IndicatorCatalog::len, (p, s) -> new Natr(len(p))));
        all.add(series("bbands", List.of(ParamSpec.integer("length", 20, 2), ParamSpec.number("std", 2.0, 0)),
                outputs("lower", "middle", "upper", "bandwidth", "percent_b"), IndicatorCatalog::len,
                (p, s) -> new BollingerBands(len(p), p.number("std"), s)));
        all.add(bars("kc", List.of(length(20), ParamSpec.number("scalar", 2.0, 0)), outputs("lower", "basis", "upper"),
                p -> 3 * len(p) + 1, (p, s) -> new KeltnerChannel(len(p), p.number("scalar"))));
        all.add(bars("donchian", List.of(count("lower_length", 20), count("upper_length", 20)),
                outputs("lower", "middle", "upper"), p -> max(p, "lower_length", "upper_length"),
                (p, s) -> new Donchian(p.integer("lower_length"), p.integer("upper_length"))));
        all.add(bars("squeeze", List.of(ParamSpec.integer("bb_length", 20, 2), ParamSpec.number("bb_std", 2.0, 0),
                        count("kc_length", 20), ParamSpec.number("kc_scalar", 1.5, 0)),
                outputs("sqz", "on:INT", "off:INT", "no_sqz:INT"),
                p -> Math.max(max(p, "bb_length", "kc_length"), 18),
                (p, s) -> new Squeeze(p.integer("bb_length"), p.number("bb_std"), p.integer("kc_length"), p.number("kc_scalar"))));
        // volume (obv reads the routed source and the bar's volume, so source: applies)
        all.add(series("obv", List.of(), value(), p -> 2, (p, s) -> new Obv(s))); // first value on the 2nd bar
        all.add(bars("cmf", List.of(length(20)), value(), IndicatorCatalog::len, (p, s) -> new Cmf(len(p))));
        all.add(bars("kvo", List.of(count("fast", 34), count("slow", 55), count("signal", 13)),
                outputs("kvo", "signal"), p -> sum(p, "fast", "slow", "signal"),
                (p, s) -> SpreadOscillator.kvo(p.integer("fast"), p.integer("slow"), p.integer("signal"))));
        // price transforms
        all.add(bars("ohlc4", List.of(), value(), p -> 1, (p, s) -> new Ohlc4()));
        all.add(bars("midprice", List.of(length(14)), value(), IndicatorCatalog::len, (p, s) -> new MidPrice(len(p))));
        // profiles and sessions
        List<ParamSpec> profile = List.of(count("num_buckets", 50), count("lookback", 50),
                new ParamSpec("value_area_pct", ParamSpec.Kind.FLOAT, 0.70, 0, 1, List.of()));
        List<String> profileOutputs = List.of("poc", "vah", "val", "poc_volume", "above_poc:INT", "in_value_area:INT");
        all.add(bars("volume_profile", profile, outputs(profileOutputs.toArray(String[]::new)),
                p -> p.integer("lookback"), (p, s) -> profile(p)));
        List<String> anchored = new ArrayList<>(profileOutputs);
        anchored.add("bars_since_anchor:INT");
        all.add(bars("anchored_volume_profile", profile, outputs(anchored.toArray(String[]::new)),
                p -> p.integer("lookback"), (p, s) -> new AnchoredVolumeProfile(p.integer("num_buckets"),
                        p.integer("lookback"), p.number("value_area_pct"))));
        all.add(bars("session_levels", List.of(), outputs("prev_day_high", "prev_day_low", "current_day_high",
                "current_day_low", "prev_week_high", "prev_week_low"), p -> 96, (p, s) -> new SessionLevels()));

        Map<String, IndicatorKind> byName = new TreeMap<>();
        for (CatalogEntry e : all) {
            if (byName.put(e.name(), e) != null) throw new IllegalStateException("duplicate indicator " + e.name());
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static CatalogEntry series(String name, List<ParamSpec> params, List<OutputSpec> outputs,
                                       ToIntFunction<Params> warmup, BiFunction<Params, InputSource, Indicator> factory) {
        return new CatalogEntry(name, params, outputs, true, warmup, factory);
    }

    private static CatalogEntry bars(String name, List<ParamSpec> params, List<OutputSpec> outputs,
                                     ToIntFunction<Params> warmup, BiFunction<Params, InputSource, Indicator> factory) {
        return new CatalogEntry(name, params, outputs, false, warmup, factory);
    }

    private static VolumeProfile profile(Params p) {
        return new VolumeProfile(p.integer("num_buckets"), p.integer("lookback"), p.number("value_area_pct"));
    }

    private static ParamSpec length(long defaultValue) { return count("length", defaultValue); }

    private static ParamSpec count(String name, long defaultValue) { return ParamSpec.integer(name, defaultValue, 1); }

    /** ATR-based kinds: with length 1 the original's ATR never seeds (indicators.md §2). */
    private static ParamSpec wilderLength(long defaultValue) { return ParamSpec.integer("length", defaultValue, 2); }

    private static List<OutputSpec> value() { return outputs("value"); }

    /** "name" is a FLOAT output, "name:INT" an INT one. */
    private static List<OutputSpec> outputs(String... fields) {
        return Arrays.stream(fields).map(f -> {
            int colon = f.indexOf(':');
            return colon < 0 ? OutputSpec.of(f, ValueType.FLOAT)
                    : OutputSpec.of(f.substring(0, colon), ValueType.valueOf(f.substring(colon + 1)));
        }).toList();
    }

    private static int len(Params p) { return p.integer("length"); }

    /**
     * For cmo, mfi, roc and mom (and uo and stochrsi, written inline): the original's registry
     * formula is one bar short of the first value, which comes on bar length + 1; trading starts
     * only when every feature has one (indicators.md §1.5: max(registry, t₀ + 1)).
     */
    private static int lenPlusOne(Params p) { return p.integer("length") + 1; }

    private static int slowMaWarmup(Params p) { return 3 * p.integer("slow") + p.integer("signal"); }

    private static int max(Params p, String... names) {
        int m = Integer.MIN_VALUE;
        for (String n : names) m = Math.max(m, p.integer(n));
        return m;
    }

    private static int sum(Params p, String... names) {
        int s = 0;
        for (String n : names) s += p.integer(n);
        return s;
    }
}

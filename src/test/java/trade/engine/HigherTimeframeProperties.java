package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import trade.core.Candles;
import trade.core.Params;
import trade.core.Timeframe;
import trade.engine.order.OrderCommand;
import trade.engine.port.HistoryFeed;
import trade.engine.port.Journal;
import trade.engine.port.SimulatedVenue;
import trade.engine.timeframe.CandleRollup;
import trade.indicator.Indicator;
import trade.indicator.IndicatorCatalog;
import trade.indicator.IndicatorKind;
import trade.indicator.InputSource;
import trade.play.InstrumentTable;
import trade.play.CompiledPlay;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.synth.SyntheticMarket;

/**
 * Indicators bound to med_tf / high_tf, seen from 15m exec bars (indicators.md §1.6, play-dsl §3.6):
 * <ol>
 *   <li>the value read at an exec bar is the indicator fed only that timeframe's closed bars, as of
 *       the last of them whose close is at or before the exec bar's close (forward-filled between
 *       closes; a bar closing together with the exec bar is already visible);</li>
 *   <li>no look-ahead: the values read up to exec bar k are the same whether the candles end there
 *       or go on.</li>
 * </ol>
 * The values are captured as entry metadata by a recording venue that never fills, so the
 * engine decides (and captures) on every tradable bar.
 */
class HigherTimeframeProperties {
    private static final String PLAY = """
            version: "3.0.0"
            name: "HTF_BINDING"
            symbol: "BTCUSDT"
            timeframes: {low_tf: "15m", med_tf: "1h", high_tf: "4h", exec: "low_tf"}
            account:
              starting_equity_usdt: 10000.0
              max_leverage: 1.0
              min_trade_notional_usdt: 10.0
              fee_model: {taker_bps: 5.5, maker_bps: 2.0}
              slippage_bps: 2.0
            features:
              ema_1h: {indicator: ema, params: {length: 5}, tf: med_tf}
              stoch_4h: {indicator: stoch, params: {k: 5, smooth_k: 2, d: 2}, tf: high_tf}
              vwap_4h: {indicator: vwap, tf: high_tf}
            actions:
              - id: capture
                cases:
                  - when: ["close", ">", 0]
                    emit:
                      - action: entry_long
                        metadata:
                          ema: {feature_id: ema_1h}
                          k: {feature_id: stoch_4h, field: k}
                          vwap: {feature_id: vwap_4h}
              - id: exits
                cases:
                  - when: ["close", "<", 0]
                    emit: [exit_long]
            position_policy: {mode: long_only, exit_mode: first_hit}
            """;
    private static final CompiledPlay COMPILED = compile();

    private static CompiledPlay compile() {
        try {
            return PlayCompiler.compile(PlayLoader.load("htf.yml", PLAY));
        } catch (trade.core.PlayException.InvalidPlay e) {
            throw new AssertionError(e.diagnostics().issues().toString(), e);
        }
    }

    @Property(tries = 12)
    void higherTimeframeValuesAreForwardFilledFromClosedBarsOnly(@ForAll @IntRange(min = 0, max = 1_000) int seed,
                                                                 @ForAll @IntRange(min = 3_000, max = 9_000) int cut) {
        Candles minutes = SyntheticMarket.generate("trend_up_clean", 10_000, seed, SyntheticMarket.BASE_TIMESTAMP_MS);
        Map<Integer, Map<String, Object>> full = capture(minutes);
        assertTrue(full.size() > 100, "the play trades on most bars, captured " + full.size());
        Candles exec = CandleRollup.rollUp(minutes, Timeframe.M15).candles();
        check(full, exec, minutes, "ema", Timeframe.H1, "ema", Map.of("length", 5L), 0);
        check(full, exec, minutes, "k", Timeframe.H4, "stoch", Map.of("k", 5L, "smooth_k", 2L, "d", 2L), 0);
        check(full, exec, minutes, "vwap", Timeframe.H4, "vwap", Map.of(), 0);

        Map<Integer, Map<String, Object>> head = capture(prefix(minutes, cut));
        int lastWholeBar = cut / 15 - 1;
        for (Map.Entry<Integer, Map<String, Object>> e : head.entrySet()) {
            if (e.getKey() < lastWholeBar) assertEquals(full.get(e.getKey()), e.getValue(), "exec bar " + e.getKey());
        }
    }

    /** Every captured value equals the timeframe's own indicator as of the exec bar's close. */
    private static void check(Map<Integer, Map<String, Object>> captured, Candles exec, Candles minutes, String key,
                              Timeframe tf, String indicator, Map<String, Object> params, int output) {
        Candles bars = CandleRollup.rollUp(minutes, tf).candles();
        IndicatorKind kind = IndicatorCatalog.find(indicator).orElseThrow();
        Indicator ind = kind.create(Params.resolve(kind.params(), params), InputSource.CLOSE);
        double[] values = new double[bars.size()];
        for (int j = 0; j < bars.size(); j++) {
            if (ind instanceof trade.indicator.AnchoredIndicator a) a.anchor(bars.openTime(j), -1, -1, -1, 0);
            ind.update(bars.open(j), bars.high(j), bars.low(j), bars.close(j), bars.volume(j));
            values[j] = ind.output(output);
        }
        for (Map.Entry<Integer, Map<String, Object>> e : captured.entrySet()) {
            long close = exec.closeTime(e.getKey());
            int j = -1;
            while (j + 1 < bars.size() && bars.closeTime(j + 1) <= close) j++;
            Double expected = j < 0 || Double.isNaN(values[j]) ? null : values[j];
            assertEquals(expected, e.getValue().get(key), key + " at exec bar " + e.getKey() + " (" + tf.label() + " bar " + j + ")");
        }
    }

    private static Candles prefix(Candles c, int n) {
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], cl = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = c.openTime(i);
            o[i] = c.open(i);
            h[i] = c.high(i);
            l[i] = c.low(i);
            cl[i] = c.close(i);
            v[i] = c.volume(i);
        }
        return new Candles(c.timeframe(), t, o, h, l, cl, v);
    }

    private static Map<Integer, Map<String, Object>> capture(Candles minutes) {
        RecordingVenue venue = new RecordingVenue();
        BacktestDriver driver = new BacktestDriver(COMPILED, InstrumentTable.bybit().of(COMPILED.spec().symbol()), events -> venue, Journal.NONE, null);
        venue.portfolio = driver.core().portfolio();
        driver.run(new HistoryFeed(minutes), Progress.NONE);
        return venue.captured;
    }

    /**
     * Never fills and reports nothing: records the metadata of each entry the core sends, by its
     * signal bar, as the core's portfolio tracks it. With no fill the core stays flat and decides
     * on every tradable bar (each new entry replaces the one before).
     */
    private static final class RecordingVenue implements SimulatedVenue {
        final Map<Integer, Map<String, Object>> captured = new TreeMap<>();
        Portfolio portfolio;

        @Override
        public void execute(OrderCommand command) {
            if (command instanceof OrderCommand.Submit s && !s.reduceOnly()) {
                Portfolio.WorkingOrder order = portfolio.workingOrder(s.clientOrderId());
                captured.put(order.signalBar(), order.metadata());
            }
        }

        @Override
        public void onCandle(long openTimeMs, double open, double high, double low, double close, double volume) {}

        @Override
        public String name() { return "recording"; }
    }
}

package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import trade.core.Candles;
import trade.engine.port.AccountTerms;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.PlayCompiler;
import trade.play.PlayLoader;
import trade.sim.SimExchange;
import trade.synth.SyntheticMarket;

/**
 * A Play with limit entries and an ATR trailing stop through the whole engine: limit prices come
 * from the signal close, fills happen only where a 1m candle reached them, the stop starts at
 * the trailing distance and is moved by the engine's ATR, fees are maker in and taker out.
 */
class LimitTrailingPlayTest {
    private static final double TICK = 0.1, MAKER = 2.0 / 10_000, TAKER = 5.5 / 10_000, SLIPPAGE = 2.0 / 10_000;
    private static final String PLAY = """
            version: "3.0.0"
            name: "T_LIMIT_TRAIL"
            symbol: "BTCUSDT"
            timeframes: {low_tf: "5m", med_tf: "15m", high_tf: "1h", exec: "low_tf"}
            account: {starting_equity_usdt: 10000.0, max_leverage: 1.0, min_trade_notional_usdt: 10.0,
                      fee_model: {taker_bps: 5.5, maker_bps: 2.0}, slippage_bps: 2.0}
            features:
              ema_9: {indicator: ema, params: {length: 9}}
              ema_21: {indicator: ema, params: {length: 21}}
              atr_14: {indicator: atr, params: {length: 14}}
            actions:
              - id: entries
                cases:
                  - when: ["ema_9", ">", "ema_21"]
                    emit:
                      - action: entry_long
                        metadata: {signal_close: {feature_id: close}, signal_atr: {feature_id: atr_14}}
            position_policy: {mode: long_only, exit_mode: first_hit}
            entry: {order_type: LIMIT, limit_offset_pct: 0.05, time_in_force: GTC, expire_after_bars: 3}
            risk_model:
              stop_loss: {type: trailing_atr, atr_multiplier: 2.0, atr_feature_id: atr_14}
              take_profit: {type: rr_ratio, value: 3.0}
              sizing: {model: percent_equity, value: 50.0, max_leverage: 1.0}
            validation: {pattern: "trending"}
            """;

    static Candles minutes;
    static RunResult result;

    @BeforeAll
    static void run() {
        CompiledPlay play = PlayCompiler.compile(PlayLoader.load("T_LIMIT_TRAIL.yml", PLAY));
        minutes = SyntheticMarket.generate("trending", 20 * 1440, 11, SyntheticMarket.BASE_TIMESTAMP_MS);
        AccountTerms terms = AccountTerms.of(play.spec(), InstrumentTable.bybit().of(play.spec().symbol()));
        result = BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), minutes, null, Progress.NONE);
    }

    private static double onTick(double price) { return Math.rint(price / TICK) * TICK; }

    private static int minute(long time) { return (int) ((time - minutes.openTime(0)) / 60_000L); }

    @Test
    void limitEntriesFillWhereACandleReachedThePriceBelowTheSignalClose() {
        assertTrue(result.trades().size() >= 5, "the Play should trade: " + result.trades().size());
        for (TradeRecord t : result.trades()) {
            double limit = onTick((Double) t.metadata().get("signal_close") * (1 - 0.05 / 100));
            int k = minute(t.entryTimeMs());
            assertEquals(t.entryTimeMs(), minutes.openTime(k));
            if (minutes.open(k) <= limit) {
                assertEquals(minutes.open(k), t.entryPrice(), 1e-9, t.tradeId() + " opened through the limit");
            } else {
                assertEquals(limit, t.entryPrice(), 1e-6, t.tradeId());
                assertTrue(minutes.low(k) <= limit, t.tradeId() + " filled on a candle that never reached the limit");
            }
            boolean firstMinuteOfBar = t.entryTimeMs() % (5 * 60_000L) == 0; // the minute before came before the signal
            assertTrue(firstMinuteOfBar || minutes.low(k - 1) > limit, t.tradeId() + " the previous minute already reached the limit");
        }
    }

    @Test
    void theStopStartsAtTheTrailingDistanceAndOnlyTightens() {
        int moved = 0;
        for (TradeRecord t : result.trades()) {
            double close = (Double) t.metadata().get("signal_close"), atr = (Double) t.metadata().get("signal_atr");
            double initial = onTick(close - 2 * atr);
            assertTrue(t.stopLoss() >= initial - 1e-6, t.tradeId() + " stop " + t.stopLoss() + " below its initial " + initial);
            if (t.stopLoss() > initial + TICK) moved++;
            if (t.exitReason().equals("sl")) {
                int k = minute(t.exitTimeMs());
                assertEquals(Math.min(minutes.open(k), t.stopLoss()) * (1 - SLIPPAGE), t.exitPrice(), 1e-6, t.tradeId());
            }
        }
        assertTrue(moved > 0, "the engine's ATR never moved a trailing stop");
    }

    @Test
    void makerFeeInTakerFeeOut() {
        for (TradeRecord t : result.trades()) {
            assertEquals(t.entrySizeUsdt() * MAKER + t.entryQty() * t.exitPrice() * TAKER, t.feesPaid(), 1e-9, t.tradeId());
        }
    }

    @Test
    void theOnlyMissedEntriesAreExpiredLimits() {
        for (MissedEntry m : result.missedEntries()) assertTrue(Set.of("expired").contains(m.reason()), m.toString());
        List<MissedEntry> missed = result.missedEntries();
        for (int i = 1; i < missed.size(); i++) assertTrue(missed.get(i - 1).timeMs() <= missed.get(i).timeMs(), "in time order");
    }
}

package trade.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.core.Candles;
import trade.core.Side;
import trade.core.Timeframe;
import trade.dsl.ast.Ref;
import trade.dsl.check.Scope;
import trade.dsl.plan.Condition;
import trade.dsl.plan.Planner;
import trade.engine.port.BarWindow;
import trade.engine.port.EntryOrder;
import trade.engine.port.ExchangePort;
import trade.engine.port.ExitPlan;
import trade.engine.timeframe.CandleRollup;
import trade.engine.timeframe.RolledCandles;
import trade.indicator.AnchoredIndicator;
import trade.indicator.Indicator;
import trade.play.AccountSpec;
import trade.play.ActionBlock;
import trade.play.CompiledPlay;
import trade.play.EntrySpec;
import trade.play.Intent;
import trade.play.RiskModel;
import trade.play.SeriesInfo;
import trade.structure.Structure;
import trade.structure.StructureCatalog;

/**
 * The one loop that runs a Play, whatever the exchange behind {@link ExchangePort}. Per exec bar:
 * every timeframe whose bar has closed updates its indicators and structures (in declaration
 * order), the exchange fills pending orders and checks stops on the bar's 1m candles, the
 * position is marked to the close, and the actions are evaluated (at each 1m close when they read
 * 1m prices). Decisions fill at the next bar's open. Nothing here allocates per bar.
 */
public final class PlayEngine {
    private static final int PROGRESS_EVERY = 2048;

    private final CompiledPlay play;
    private final ExchangePort exchange;
    private final Candles minutes;
    private final Feed[] feeds;
    private final int execFeed;
    private final Indicator[] indicators;
    private final Structure[] detectors;
    private final SeriesStore store;
    private final ActionPlan actions;
    private final EntryPricing pricing;
    private final EntrySpec entry;
    private final ExitPlan exits;
    /** Series the trailing stop reads its ATR from (-1: none), and its value at the last closed exec bar. */
    private final int trailAtrSeries;
    private double trailAtr = Double.NaN;
    /** Entry signals the engine itself refused (the exchange keeps its own list). */
    private final List<MissedEntry> refused = new ArrayList<>();
    private final Map<Intent, int[]> metadataSlots = new HashMap<>();
    /** First output slot and output count of each indicator and detector, resolved once. */
    private final int[] indicatorFirst, indicatorOutputs, detectorFirst, detectorOutputs;
    /** Null unless someone watches the run; {@code seriesValues} is the view it reads through. */
    private final BarObserver observer;
    private final BarObserver.SeriesValues seriesValues;

    /** One timeframe: its candles and what updates when one of its bars closes. */
    private static final class Feed {
        final Timeframe timeframe;
        final RolledCandles rolled;
        final int warmup;
        int[] indicatorIds = new int[0];
        int[] detectorIds = new int[0];
        /** Indicators updated after the structures, with the bar's time and swing counters. */
        int[] anchoredIds = new int[0];
        SwingCounters swing = SwingCounters.NONE;
        int next;

        Feed(Timeframe timeframe, RolledCandles rolled, int warmup) {
            this.timeframe = timeframe;
            this.rolled = rolled;
            this.warmup = warmup;
        }
    }

    public PlayEngine(CompiledPlay play, Candles oneMinute, ExchangePort exchange) {
        this(play, oneMinute, exchange, null);
    }

    /** A run that shows every exec bar to {@code observer} (null: none). */
    public PlayEngine(CompiledPlay play, Candles oneMinute, ExchangePort exchange, BarObserver observer) {
        this.play = play;
        this.observer = observer;
        this.pricing = new EntryPricing(play.spec().risk(), play.spec().account());
        this.entry = play.spec().entry();
        this.exits = ExitPlan.of(play.spec().risk());
        RiskModel risk = play.spec().risk();
        this.trailAtrSeries = risk != null && risk.stopLoss().type() == RiskModel.StopType.TRAILING_ATR
                ? play.riskSeries().stopAtr() : play.riskSeries().trailAtr();
        this.exchange = exchange;
        this.minutes = oneMinute;
        List<Timeframe> tfs = new ArrayList<>(play.spec().timeframes().distinct());
        feeds = new Feed[tfs.size()];
        for (int f = 0; f < feeds.length; f++) {
            feeds[f] = new Feed(tfs.get(f), CandleRollup.rollUp(oneMinute, tfs.get(f)), play.warmupBars().getOrDefault(tfs.get(f), 0));
        }
        execFeed = tfs.indexOf(play.spec().timeframes().exec());
        indicators = new Indicator[play.features().size()];
        indicatorFirst = new int[indicators.length];
        indicatorOutputs = new int[indicators.length];
        for (int i = 0; i < indicators.length; i++) {
            CompiledPlay.Feature f = play.features().get(i);
            indicators[i] = f.kind().create(f.params(), f.spec().source());
            indicatorFirst[i] = f.firstSeries();
            indicatorOutputs[i] = f.kind().outputs().size();
            Feed feed = feeds[tfs.indexOf(f.spec().timeframe())];
            if (indicators[i] instanceof AnchoredIndicator) feed.anchoredIds = append(feed.anchoredIds, i);
            else feed.indicatorIds = append(feed.indicatorIds, i);
        }
        detectors = new Structure[play.detectors().size()];
        detectorFirst = new int[detectors.length];
        detectorOutputs = new int[detectors.length];
        for (int d = 0; d < detectors.length; d++) {
            CompiledPlay.Detector spec = play.detectors().get(d);
            Map<String, Structure> deps = new LinkedHashMap<>();
            spec.dependencies().forEach((type, index) -> deps.put(type, detectors[index]));
            Indicator atr = spec.atrFeature() < 0 ? null : indicators[spec.atrFeature()];
            detectors[d] = spec.kind().create(spec.params(), deps, atr == null ? null : () -> atr.output(0));
            detectorFirst[d] = spec.firstSeries();
            detectorOutputs[d] = spec.outputCount();
            Feed feed = feeds[tfs.indexOf(spec.spec().timeframe())];
            feed.detectorIds = append(feed.detectorIds, d);
            if (feed.swing == SwingCounters.NONE && spec.kind().type().equals("swing")) {
                feed.swing = new SwingCounters(detectors[d], spec.kind().outputs(spec.params()));
            }
        }
        // feed index feeds.length stands for the 1m candles themselves (last_price, mark_price)
        Candles[] feedCandles = new Candles[feeds.length + 1];
        for (int f = 0; f < feeds.length; f++) feedCandles[f] = feeds[f].rolled.candles();
        feedCandles[feeds.length] = oneMinute;
        List<SeriesInfo> series = play.series();
        int[] kind = new int[series.size()], feedOf = new int[series.size()], field = new int[series.size()];
        for (int s = 0; s < series.size(); s++) {
            SeriesInfo info = series.get(s);
            switch (info.kind()) {
                case CANDLE -> { kind[s] = SeriesStore.CANDLE; feedOf[s] = execFeed; field[s] = info.owner(); }
                case MINUTE_PRICE -> { kind[s] = SeriesStore.MINUTE; feedOf[s] = feeds.length; field[s] = 3; }
                case INDICATOR -> { kind[s] = SeriesStore.RING; feedOf[s] = tfs.indexOf(info.timeframe()); }
                case STRUCTURE -> {
                    feedOf[s] = tfs.indexOf(info.timeframe());
                    boolean event = feedOf[s] != execFeed && StructureCatalog.isBarEvent(info.spec());
                    kind[s] = event ? SeriesStore.EVENT : SeriesStore.RING;
                }
            }
        }
        store = new SeriesStore(kind, feedOf, field, feedCandles, execFeed);
        seriesValues = slot -> store.read(slot, 0, 0);
        Planner planner = new Planner(play.scope(), store, play.spec().timeframes().exec().minutes(),
                anchor -> play.spec().timeframes().resolve(anchor).orElseThrow().minutes());
        List<Condition[]> planned = new ArrayList<>();
        for (ActionBlock block : play.actions()) {
            planned.add(block.cases().stream().map(c -> planner.plan(c.when())).toArray(Condition[]::new));
            block.cases().forEach(c -> c.emit().forEach(this::planMetadata));
        }
        actions = new ActionPlan(play.actions(), planned, play.spec().positionPolicy().mode());
    }

    private void planMetadata(Intent intent) {
        int[] slots = new int[intent.metadata().size() * 2];
        int k = 0;
        for (Object v : intent.metadata().values()) {
            if (v instanceof Ref r && play.scope().resolve(r.id(), r.field()) instanceof Scope.Resolution.Found f) {
                slots[k] = f.series();
                slots[k + 1] = r.offset();
            } else {
                slots[k] = -1;
            }
            k += 2;
        }
        metadataSlots.put(intent, slots);
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    /** Exec candles this run steps through (after roll-up from 1m). */
    public Candles execCandles() { return feeds[execFeed].rolled.candles(); }

    public RunResult run(Progress progress) {
        Feed exec = feeds[execFeed];
        Candles bars = exec.rolled.candles();
        int n = bars.size();
        int[] eqBar = new int[n];
        long[] eqTime = new long[n];
        double[] eqValue = new double[n];
        int points = 0, barsInPosition = 0, firstTradable = -1;
        String stopReason = null;
        AccountSpec account = play.spec().account();
        double peak = play.spec().startingEquity();
        BarWindow window = new BarWindow();
        int minuteFeed = feeds.length;
        boolean evaluateEachMinute = actions.dependsOnMinute();
        for (int i = 0; i < n; i++) {
            long closeTime = bars.closeTime(i);
            for (int f = 0; f < feeds.length; f++) {
                if (f != execFeed) advance(f, closeTime);
            }
            closeBar(execFeed, i);
            int firstMinute = exec.rolled.firstMinute(i), endMinute = exec.rolled.endMinute(i);
            store.setCurrent(minuteFeed, endMinute - 1);
            store.setClocks(closeTime, minutes.closeTime(endMinute - 1));
            if (firstTradable < 0) {
                if (!warm()) {
                    observe(i, false, null);
                    continue;
                }
                firstTradable = i;
            }
            window.set(minutes, i, firstMinute, endMinute, bars.high(i), bars.low(i), bars.close(i), closeTime, trailAtr);
            exchange.stepBar(window);
            if (exchange.liquidated()) {
                eqBar[points] = i;
                eqTime[points] = closeTime;
                eqValue[points++] = exchange.equity();
                stopReason = "liquidated";
                observe(i, true, null);
                break;
            }
            exchange.markToMarket(window);
            int sign = exchange.positionSign();
            Intent decision = null;
            if (evaluateEachMinute) {
                for (int m = firstMinute; m < endMinute && decision == null; m++) {
                    store.setCurrent(minuteFeed, m);
                    store.setClocks(closeTime, minutes.closeTime(m));
                    decision = actions.decide(sign);
                }
            } else {
                decision = actions.decide(sign);
            }
            if (decision != null) act(decision, i, bars.close(i), closeTime);
            observe(i, true, decision);
            if (trailAtrSeries >= 0) trailAtr = store.read(trailAtrSeries, 0, 0);
            if (exchange.positionSign() != 0) barsInPosition++;
            double equity = exchange.equity();
            peak = Math.max(peak, equity);
            boolean depleted = equity <= 0;
            boolean drawdown = peak > 0 && (peak - equity) / peak * 100 >= account.maxDrawdownPct();
            if ((depleted || drawdown || i == n - 1) && exchange.positionSign() != 0) {
                exchange.closeNow(window, bars.close(i), closeTime, depleted ? "equity_depleted" : drawdown ? "max_drawdown" : "end_of_data");
                equity = exchange.equity();
            }
            eqBar[points] = i;
            eqTime[points] = closeTime;
            eqValue[points++] = equity;
            if (depleted || drawdown) {
                stopReason = depleted ? "equity_depleted" : "max_drawdown";
                break;
            }
            if ((i & (PROGRESS_EVERY - 1)) == 0) progress.update(endMinute, minutes.size());
        }
        progress.update(minutes.size(), minutes.size());
        EquityCurve curve = new EquityCurve(Arrays.copyOf(eqBar, points), Arrays.copyOf(eqTime, points), Arrays.copyOf(eqValue, points));
        long start = firstTradable < 0 ? (n == 0 ? 0 : bars.openTime(0)) : bars.openTime(firstTradable);
        long end = n == 0 ? 0 : points == 0 ? bars.closeTime(n - 1) : eqTime[points - 1];
        List<MissedEntry> missed = new ArrayList<>(refused);
        missed.addAll(exchange.missedEntries());
        missed.sort(java.util.Comparator.comparingLong(MissedEntry::timeMs));
        return new RunResult(play.spec().id(), play.spec().symbol(), exec.timeframe, play.spec().startingEquity(),
                exchange.trades(), curve, barsInPosition, stopReason, start, end, minutes.size(), missed);
    }

    /** Closes every bar of feed {@code f} that has closed by {@code time}. */
    private void advance(int f, long time) {
        Feed feed = feeds[f];
        Candles c = feed.rolled.candles();
        while (feed.next < c.size() && c.closeTime(feed.next) <= time) closeBar(f, feed.next);
    }

    private void closeBar(int f, int bar) {
        Feed feed = feeds[f];
        Candles c = feed.rolled.candles();
        double o = c.open(bar), h = c.high(bar), l = c.low(bar), cl = c.close(bar), v = c.volume(bar);
        for (int id : feed.indicatorIds) {
            indicators[id].update(o, h, l, cl, v);
            publish(id, bar);
        }
        for (int id : feed.detectorIds) {
            Structure det = detectors[id];
            det.update(bar, o, h, l, cl, v);
            int first = detectorFirst[id];
            for (int k = 0, n = detectorOutputs[id]; k < n; k++) store.write(first + k, bar, det.output(k));
        }
        for (int id : feed.anchoredIds) {
            AnchoredIndicator ind = (AnchoredIndicator) indicators[id];
            feed.swing.anchor(ind, c.openTime(bar));
            ind.update(o, h, l, cl, v);
            publish(id, bar);
        }
        store.setCurrent(f, bar);
        feed.next = bar + 1;
    }

    private void publish(int indicator, int bar) {
        Indicator ind = indicators[indicator];
        int first = indicatorFirst[indicator];
        for (int k = 0, n = indicatorOutputs[indicator]; k < n; k++) store.write(first + k, bar, ind.output(k));
    }

    /** Shows exec bar {@code bar} to the observer, with 1m prices read at the bar's last minute. */
    private void observe(int bar, boolean tradable, Intent decision) {
        if (observer == null) return;
        RolledCandles exec = feeds[execFeed].rolled;
        int lastMinute = exec.endMinute(bar) - 1;
        store.setCurrent(feeds.length, lastMinute);
        store.setClocks(exec.candles().closeTime(bar), minutes.closeTime(lastMinute));
        observer.bar(bar, tradable, seriesValues, decision);
    }

    /** Trading starts once every timeframe has closed its warm-up bars. */
    private boolean warm() {
        for (Feed f : feeds) if (f.next < f.warmup) return false;
        return true;
    }

    private void act(Intent decision, int bar, double close, long closeTime) {
        if (decision.action().exit()) {
            exchange.submitClose(decision.percent());
            return;
        }
        Side side = decision.action() == Intent.Action.ENTRY_LONG ? Side.LONG : Side.SHORT;
        CompiledPlay.RiskSeries atr = play.riskSeries();
        double stopAtr = atr.stopAtr() < 0 ? Double.NaN : store.read(atr.stopAtr(), 0, 0);
        double targetAtr = atr.targetAtr() < 0 ? Double.NaN : store.read(atr.targetAtr(), 0, 0);
        if (!pricing.price(side, close, exchange.equity(), stopAtr, targetAtr)) {
            refused.add(new MissedEntry(closeTime, bar, side, pricing.refusal));
            return;
        }
        double limit = entry.orderType() == EntrySpec.OrderKind.LIMIT ? close * (1 - side.sign() * entry.limitOffsetPct() / 100) : Double.NaN;
        exchange.submitEntry(new EntryOrder(side, pricing.notional, limit, EntryOrder.TimeInForce.valueOf(entry.timeInForce().name()),
                entry.expireAfterBars(), close, pricing.stop, pricing.target, exits, bar, closeTime, metadata(decision)));
    }

    private Map<String, Object> metadata(Intent intent) {
        if (intent.metadata().isEmpty()) return Map.of();
        int[] slots = metadataSlots.get(intent);
        Map<String, Object> out = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, Object> e : intent.metadata().entrySet()) {
            if (slots[k] >= 0) {
                double v = store.read(slots[k], slots[k + 1], 0);
                out.put(e.getKey(), Double.isNaN(v) ? null : v);
            } else {
                out.put(e.getKey(), e.getValue());
            }
            k += 2;
        }
        return out;
    }
}

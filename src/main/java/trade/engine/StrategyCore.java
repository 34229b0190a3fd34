package trade.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import trade.core.Side;
import trade.core.Timeframe;
import trade.dsl.ast.Ref;
import trade.dsl.check.Scope;
import trade.dsl.plan.Condition;
import trade.dsl.plan.Planner;
import trade.dsl.plan.SeriesReader;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;
import trade.engine.order.OrderCommand.Protection;
import trade.engine.port.Clock;
import trade.engine.port.ExecutionListener;
import trade.engine.port.ExecutionVenue;
import trade.core.Instrument;
import trade.engine.port.Journal;
import trade.engine.port.MarketFeed;
import trade.engine.timeframe.BarAggregator;
import trade.indicator.AnchoredIndicator;
import trade.indicator.Indicator;
import trade.play.ActionBlock;
import trade.play.CompiledPlay;
import trade.play.EntrySpec;
import trade.play.Intent;
import trade.play.RiskModel;
import trade.play.SeriesInfo;
import trade.structure.Structure;
import trade.structure.StructureCatalog;

/**
 * The one core that runs a Play in every mode, fed bar by bar. Closed 1m candles come in
 * ({@link #onCandle}); each declared timeframe closes as its last minute arrives (or as time
 * passes its end), its indicators and structures update, and on the exec close the actions are
 * evaluated and become commands to the {@link ExecutionVenue}. What the venue did comes back
 * through {@link #onExecution} into the {@link Portfolio}, the one ledger. The core holds only
 * what the longest look-back needs; warm-up from history is the same path fed faster. Nothing on
 * the per-candle path allocates, boxes or looks anything up by name.
 */
public final class StrategyCore implements MarketFeed.CandleSink, ExecutionListener {
    private final CompiledPlay play;
    private final String symbol;
    private final Instrument instrument;
    private final Portfolio portfolio;
    private final Journal journal;
    private final Clock clock;
    private final ClientOrderIds ids;
    private ExecutionVenue venue;
    private final Feed[] feeds;
    private final int execFeed;
    private final int minuteFeed;
    private final Indicator[] indicators;
    private final Structure[] detectors;
    private final SeriesStore store;
    private final ActionPlan actions;
    private final boolean evaluateEachMinute;
    private final EntryPricing pricing;
    private final EntrySpec entry;
    private final ExitPlan exits;
    private final ProtectiveStops stops;
    private final double maxDrawdownPct;
    /** Series the trailing stop reads its ATR from (-1: none), and its value at the last closed exec bar. */
    private final int trailAtrSeries;
    private double trailAtr = Double.NaN;
    /** Entry signals the core itself refused before sending an order. */
    private final List<MissedEntry> refused = new ArrayList<>();
    private final Map<Intent, int[]> metadataSlots = new HashMap<>();
    private final int[] indicatorFirst, indicatorOutputs, detectorFirst, detectorOutputs;
    private final BarObserver observer;
    private final BarObserver.SeriesValues seriesValues;

    // run state
    private int execBars, firstTradable = -1, barsInPosition, lastBar = -1, stopsForPosition = -1;
    private long firstExecOpen, firstTradableOpen, lastExecClose, lastBarTime;
    private double peak;
    private String stopReason;
    private boolean stopped;
    private String entryOrderId;
    private int entrySignalBar;
    private int[] eqBar = new int[256];
    private long[] eqTime = new long[256];
    private double[] eqValue = new double[256];
    private int points;

    /** One timeframe: its aggregator and what updates when one of its bars closes. */
    private static final class Feed {
        final Timeframe timeframe;
        final BarAggregator aggregator;
        final int warmup;
        int[] indicatorIds = new int[0];
        int[] detectorIds = new int[0];
        /** Indicators updated after the structures, with the bar's time and swing counters. */
        int[] anchoredIds = new int[0];
        SwingCounters swing = SwingCounters.NONE;
        /** Bars of this feed closed into the series so far. */
        int next;

        Feed(Timeframe timeframe, int warmup) {
            this.timeframe = timeframe;
            this.aggregator = new BarAggregator(timeframe.millis(), Timeframe.M1.millis());
            this.warmup = warmup;
        }
    }

    /**
     * A core for {@code play} trading {@code instrument}, booking into a portfolio that starts
     * with the Play's equity; {@code observer} (or null) watches every exec bar. Connect a venue
     * before the first candle.
     */
    public StrategyCore(CompiledPlay play, Instrument instrument, Journal journal, Clock clock, BarObserver observer) {
        this.play = play;
        this.symbol = play.spec().symbol();
        this.instrument = instrument;
        this.journal = journal;
        this.clock = clock;
        this.observer = observer;
        this.portfolio = new Portfolio(symbol, play.spec().startingEquity());
        this.ids = new ClientOrderIds(play.spec().id(), symbol);
        this.pricing = new EntryPricing(play.spec().risk(), play.spec().account());
        this.entry = play.spec().entry();
        this.exits = ExitPlan.of(play.spec().risk());
        this.stops = new ProtectiveStops(exits, instrument);
        this.maxDrawdownPct = play.spec().account().maxDrawdownPct();
        this.peak = play.spec().startingEquity();
        RiskModel risk = play.spec().risk();
        this.trailAtrSeries = risk != null && risk.stopLoss().type() == RiskModel.StopType.TRAILING_ATR
                ? play.riskSeries().stopAtr() : play.riskSeries().trailAtr();
        List<Timeframe> tfs = new ArrayList<>(play.spec().timeframes().distinct());
        feeds = new Feed[tfs.size()];
        for (int f = 0; f < feeds.length; f++) feeds[f] = new Feed(tfs.get(f), play.warmupBars().getOrDefault(tfs.get(f), 0));
        execFeed = tfs.indexOf(play.spec().timeframes().exec());
        minuteFeed = feeds.length; // the 1m candles themselves (last_price, mark_price)
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
        List<SeriesInfo> series = play.series();
        int[] kind = new int[series.size()], feedOf = new int[series.size()], field = new int[series.size()];
        for (int s = 0; s < series.size(); s++) {
            SeriesInfo info = series.get(s);
            switch (info.kind()) {
                case CANDLE -> { kind[s] = SeriesStore.CANDLE; feedOf[s] = execFeed; field[s] = info.owner(); }
                case MINUTE_PRICE -> { kind[s] = SeriesStore.MINUTE; feedOf[s] = minuteFeed; field[s] = 3; }
                case INDICATOR -> { kind[s] = SeriesStore.RING; feedOf[s] = tfs.indexOf(info.timeframe()); }
                case STRUCTURE -> {
                    feedOf[s] = tfs.indexOf(info.timeframe());
                    boolean event = feedOf[s] != execFeed && StructureCatalog.isBarEvent(info.spec());
                    kind[s] = event ? SeriesStore.EVENT : SeriesStore.RING;
                }
            }
        }
        for (ActionBlock block : play.actions()) block.cases().forEach(c -> c.emit().forEach(this::planMetadata));
        // planned once to learn how far back conditions read (which sizes the store), then for real
        Planner sizing = planner(NO_SERIES);
        plan(sizing);
        store = new SeriesStore(kind, feedOf, field, feedMillis(), capacities(sizing, kind, feedOf), execFeed);
        seriesValues = slot -> store.read(slot, 0, 0);
        actions = plan(planner(store));
        evaluateEachMinute = actions.dependsOnMinute();
    }

    private static final SeriesReader NO_SERIES = (series, offset, shiftMs) -> Double.NaN;

    private Planner planner(SeriesReader reader) {
        return new Planner(play.scope(), reader, play.spec().timeframes().exec().minutes(),
                anchor -> play.spec().timeframes().resolve(anchor).orElseThrow().minutes());
    }

    private ActionPlan plan(Planner planner) {
        List<Condition[]> planned = new ArrayList<>();
        for (ActionBlock block : play.actions()) planned.add(block.cases().stream().map(c -> planner.plan(c.when())).toArray(Condition[]::new));
        return new ActionPlan(play.actions(), planned, play.spec().positionPolicy().mode());
    }

    private long[] feedMillis() {
        long[] millis = new long[feeds.length + 1];
        for (int f = 0; f < feeds.length; f++) millis[f] = feeds[f].timeframe.millis();
        millis[minuteFeed] = Timeframe.M1.millis();
        return millis;
    }

    /**
     * Bars each feed must keep: the deepest read (time shift in bars plus offset) of any series on
     * it, the exec bar's minutes for the 1m feed (conditions on 1m prices are evaluated at each
     * minute of the bar), and the bars of other feeds that wait for the next exec close.
     */
    private int[] capacities(Planner sizing, int[] kind, int[] feedOf) {
        long[] millis = feedMillis();
        long execMillis = millis[execFeed];
        int[] need = new int[millis.length];
        int[] metadataOffset = new int[kind.length];
        metadataSlots.values().forEach(slots -> {
            for (int k = 0; k < slots.length; k += 2) if (slots[k] >= 0) metadataOffset[slots[k]] = Math.max(metadataOffset[slots[k]], slots[k + 1]);
        });
        for (int s = 0; s < kind.length; s++) {
            int f = feedOf[s];
            long shift = sizing.maxShiftMs(s);
            int depth = (int) Math.min(Integer.MAX_VALUE / 2, shift / millis[f] + 2) + Math.max(sizing.maxOffset(s), metadataOffset[s]);
            need[f] = Math.max(need[f], depth);
            if (kind[s] == SeriesStore.EVENT) need[execFeed] = Math.max(need[execFeed], (int) (shift / execMillis) + 3);
        }
        for (int f = 0; f < millis.length; f++) need[f] += (int) (execMillis / millis[f]) + 2;
        return need;
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

    /**
     * Sizes the equity curve for a history of {@code candles} 1m candles, so that a backtest
     * allocates it once (a live run grows it as it goes).
     */
    public void expectCandles(long candles) {
        int bars = (int) Math.min(Integer.MAX_VALUE - 8, candles / feeds[execFeed].timeframe.minutes() + 2);
        if (bars > eqValue.length) {
            eqBar = new int[bars];
            eqTime = new long[bars];
            eqValue = new double[bars];
        }
    }

    /** The venue commands go to; its events must come back to {@link #onExecution}. */
    public void connect(ExecutionVenue venue) { this.venue = venue; }

    public Portfolio portfolio() { return portfolio; }

    /** True once the run ended itself (liquidation, drawdown limit, equity used up). */
    public boolean stopped() { return stopped; }

    /** The open time from which candles are not traded when the last candle closes at {@code lastCloseMs}: the end of the last whole exec bar. */
    public long lastWholeBarEnd(long lastCloseMs) { return feeds[execFeed].timeframe.floor(lastCloseMs); }

    @Override
    public void onExecution(ExecutionEvent event) {
        journal.record(new Journal.Entry.Event(clock.nowMs(), event));
        portfolio.apply(event);
        if (portfolio.outOfSync()) throw new IllegalStateException("the venue reports a position the ledger does not hold: " + event);
    }

    /** Time has reached {@code nowMs}: every bar that ended by then closes, even if its last minutes never came. */
    public void onTime(long nowMs) {
        if (stopped) return;
        for (int f = 0; f < feeds.length; f++) {
            if (f != execFeed && feeds[f].aggregator.endsBy(nowMs)) appendBar(f);
        }
        if (feeds[execFeed].aggregator.endsBy(nowMs)) execClose();
    }

    @Override
    public void onCandle(long openTime, double open, double high, double low, double close, double volume) {
        onTime(openTime);
        if (stopped) return;
        int minute = store.append(minuteFeed, openTime, open, high, low, close, volume);
        portfolio.candleClosed(high, low, close);
        if (portfolio.positionSign() != 0 && stops.active()) followStop(close, openTime + 60_000L);
        for (int f = 0; f < feeds.length; f++) {
            if (f != execFeed && feeds[f].aggregator.add(minute, openTime, open, high, low, close, volume)) appendBar(f);
        }
        if (feeds[execFeed].aggregator.add(minute, openTime, open, high, low, close, volume)) execClose();
    }

    private void appendBar(int f) {
        BarAggregator a = feeds[f].aggregator;
        store.append(f, a.openTime(), a.open(), a.high(), a.low(), a.close(), a.volume());
    }

    /** Tightens the stop after a 1m close when the trailing stop or break-even says so. */
    private void followStop(double close, long timeMs) {
        if (stopsForPosition != portfolio.positionsOpened()) {
            stopsForPosition = portfolio.positionsOpened();
            stops.reset(portfolio.positionSign(), portfolio.entryPrice());
        }
        double stop = portfolio.stopLoss();
        double moved = stops.follow(stop, close, trailAtr);
        if (Double.compare(moved, stop) != 0) send(new OrderCommand.SetProtection(symbol, moved, portfolio.takeProfit(), timeMs));
    }

    /** The exec bar closed: other timeframes' bars up to its close, then its own, then the decision. */
    private void execClose() {
        Feed exec = feeds[execFeed];
        BarAggregator bar = exec.aggregator;
        int i = execBars++;
        long closeTime = bar.closeTime();
        double close = bar.close();
        if (i == 0) firstExecOpen = bar.openTime();
        lastExecClose = closeTime;
        appendBar(execFeed);
        for (int f = 0; f < feeds.length; f++) {
            if (f == execFeed) continue;
            while (feeds[f].next < store.appended(f) && store.closeTime(f, feeds[f].next) <= closeTime) closeBar(f, feeds[f].next);
        }
        closeBar(execFeed, i);
        int endMinute = store.appended(minuteFeed);
        int firstMinute = (int) bar.firstMinute();
        store.setCurrent(minuteFeed, endMinute - 1);
        store.setClocks(closeTime, store.closeTime(minuteFeed, endMinute - 1));
        portfolio.setBar(i);
        if (firstTradable < 0) {
            if (!warm()) {
                observe(i, closeTime, false, null);
                portfolio.setBar(i + 1);
                return;
            }
            firstTradable = i;
            firstTradableOpen = bar.openTime();
        }
        expireEntry(i, closeTime);
        if (portfolio.liquidated()) {
            point(i, closeTime, portfolio.equity());
            stop("liquidated");
            observe(i, closeTime, true, null);
            return;
        }
        portfolio.mark(close);
        int sign = portfolio.positionSign();
        Intent decision = null;
        if (evaluateEachMinute) {
            for (int m = firstMinute; m < endMinute && decision == null; m++) {
                store.setCurrent(minuteFeed, m);
                store.setClocks(closeTime, store.closeTime(minuteFeed, m));
                decision = actions.decide(sign);
            }
        } else {
            decision = actions.decide(sign);
        }
        if (decision != null) act(decision, i, close, closeTime);
        observe(i, closeTime, true, decision);
        if (trailAtrSeries >= 0) trailAtr = store.read(trailAtrSeries, 0, 0);
        if (portfolio.positionSign() != 0) barsInPosition++;
        double equity = portfolio.equity();
        peak = Math.max(peak, equity);
        boolean depleted = equity <= 0;
        boolean drawdown = peak > 0 && (peak - equity) / peak * 100 >= maxDrawdownPct;
        if ((depleted || drawdown) && portfolio.positionSign() != 0) {
            closeNow(depleted ? "equity_depleted" : "max_drawdown", closeTime);
            equity = portfolio.equity();
        }
        point(i, closeTime, equity);
        lastBar = i;
        lastBarTime = closeTime;
        if (depleted || drawdown) stop(depleted ? "equity_depleted" : "max_drawdown");
        portfolio.setBar(i + 1);
    }

    private void stop(String reason) {
        stopReason = reason;
        stopped = true;
    }

    private void point(int bar, long timeMs, double equity) {
        if (points == eqValue.length) {
            eqBar = Arrays.copyOf(eqBar, points * 2);
            eqTime = Arrays.copyOf(eqTime, points * 2);
            eqValue = Arrays.copyOf(eqValue, points * 2);
        }
        eqBar[points] = bar;
        eqTime[points] = timeMs;
        eqValue[points++] = equity;
    }

    private void closeBar(int f, int barIndex) {
        Feed feed = feeds[f];
        double o = store.candle(f, barIndex, 0), h = store.candle(f, barIndex, 1), l = store.candle(f, barIndex, 2),
                cl = store.candle(f, barIndex, 3), v = store.candle(f, barIndex, 4);
        for (int id : feed.indicatorIds) {
            indicators[id].update(o, h, l, cl, v);
            publish(id, barIndex);
        }
        for (int id : feed.detectorIds) {
            Structure det = detectors[id];
            det.update(barIndex, o, h, l, cl, v);
            int first = detectorFirst[id];
            for (int k = 0, n = detectorOutputs[id]; k < n; k++) store.write(first + k, barIndex, det.output(k));
        }
        for (int id : feed.anchoredIds) {
            AnchoredIndicator ind = (AnchoredIndicator) indicators[id];
            feed.swing.anchor(ind, store.closeTime(f, barIndex) - feed.timeframe.millis());
            ind.update(o, h, l, cl, v);
            publish(id, barIndex);
        }
        store.setCurrent(f, barIndex);
        feed.next = barIndex + 1;
    }

    private void publish(int indicator, int bar) {
        Indicator ind = indicators[indicator];
        int first = indicatorFirst[indicator];
        for (int k = 0, n = indicatorOutputs[indicator]; k < n; k++) store.write(first + k, bar, ind.output(k));
    }

    /** Shows exec bar {@code bar} to the observer, with 1m prices read at the bar's last minute. */
    private void observe(int bar, long closeTime, boolean tradable, Intent decision) {
        if (observer == null) return;
        int lastMinute = store.appended(minuteFeed) - 1;
        store.setCurrent(minuteFeed, lastMinute);
        store.setClocks(closeTime, store.closeTime(minuteFeed, lastMinute));
        observer.bar(bar, closeTime, tradable, seriesValues, decision);
    }

    /** Trading starts once every timeframe has closed its warm-up bars. */
    private boolean warm() {
        for (Feed f : feeds) if (f.next < f.warmup) return false;
        return true;
    }

    /** A resting entry that has waited its {@code expire_after_bars} is cancelled. */
    private void expireEntry(int bar, long closeTime) {
        if (entryOrderId == null || portfolio.workingOrder(entryOrderId) == null) return;
        if (entry.expireAfterBars() > 0 && bar - entrySignalBar >= entry.expireAfterBars()) cancel(entryOrderId, "expired", closeTime);
    }

    private void act(Intent decision, int bar, double close, long closeTime) {
        journal.record(new Journal.Entry.Signal(clock.nowMs(), decision.action().label()));
        if (decision.action().exit()) {
            double held = portfolio.positionQty();
            double qty = decision.percent() >= 100 ? held : Math.min(held, instrument.quantity(held * decision.percent() / 100));
            if (!(qty > 0)) return;
            Side closing = portfolio.positionSign() > 0 ? Side.SHORT : Side.LONG;
            String id = ids.next(closeTime, portfolio.positionSign() > 0 ? "XL" : "XS");
            portfolio.track(id, new Portfolio.WorkingOrder(false, closing, bar, closeTime, "signal", "signal", Map.of()));
            send(new OrderCommand.Submit(id, symbol, closing, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Quantity(qty), Double.NaN,
                    OrderCommand.TimeInForce.GTC, OrderCommand.Timing.NEXT_CANDLE, true, Protection.NONE, closeTime));
            return;
        }
        Side side = decision.action() == Intent.Action.ENTRY_LONG ? Side.LONG : Side.SHORT;
        CompiledPlay.RiskSeries atr = play.riskSeries();
        double stopAtr = atr.stopAtr() < 0 ? Double.NaN : store.read(atr.stopAtr(), 0, 0);
        double targetAtr = atr.targetAtr() < 0 ? Double.NaN : store.read(atr.targetAtr(), 0, 0);
        if (!pricing.price(side, close, portfolio.equity(), stopAtr, targetAtr)) {
            refused.add(new MissedEntry(closeTime, bar, side, pricing.refusal));
            return;
        }
        boolean limit = entry.orderType() == EntrySpec.OrderKind.LIMIT;
        double price = limit ? close * (1 - side.sign() * entry.limitOffsetPct() / 100) : Double.NaN;
        Protection protection = new Protection(pricing.stop, pricing.target, exits.stopIsLimit(), exits.targetIsLimit(), close);
        OrderCommand.Size size = new OrderCommand.Size.Notional(pricing.notional);
        Portfolio.WorkingOrder order = new Portfolio.WorkingOrder(true, side, bar, closeTime, null, null, metadata(decision));
        Portfolio.WorkingOrder resting = entryOrderId == null ? null : portfolio.workingOrder(entryOrderId);
        if (resting != null && resting.side() == side && limit) {
            // a newer signal on the same side re-prices the resting entry, as a trader moves a resting order
            portfolio.track(entryOrderId, order);
            entrySignalBar = bar;
            send(new OrderCommand.Amend(entryOrderId, size, price, protection, closeTime));
            return;
        }
        if (resting != null) cancel(entryOrderId, "replaced_by_opposite_signal", closeTime);
        String id = ids.next(closeTime, side == Side.LONG ? "EL" : "ES");
        portfolio.track(id, order);
        entryOrderId = id;
        entrySignalBar = bar;
        send(new OrderCommand.Submit(id, symbol, side, limit ? OrderCommand.OrderType.LIMIT : OrderCommand.OrderType.MARKET, size,
                price, OrderCommand.TimeInForce.valueOf(entry.timeInForce().name()), OrderCommand.Timing.NEXT_CANDLE,
                false, protection, closeTime));
    }

    private void cancel(String clientOrderId, String reason, long timeMs) {
        portfolio.cancelling(clientOrderId, reason);
        send(new OrderCommand.Cancel(clientOrderId, timeMs));
    }

    /** Closes the whole position at once at the last price (risk stops and the end of a run). */
    private void closeNow(String reason, long timeMs) {
        Side closing = portfolio.positionSign() > 0 ? Side.SHORT : Side.LONG;
        String id = ids.next(timeMs, "RK");
        portfolio.track(id, new Portfolio.WorkingOrder(false, closing, execBars - 1, timeMs, reason, "bar_close", Map.of()));
        send(new OrderCommand.Submit(id, symbol, closing, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Quantity(portfolio.positionQty()),
                Double.NaN, OrderCommand.TimeInForce.GTC, OrderCommand.Timing.IMMEDIATE, true, Protection.NONE, timeMs));
    }

    private void send(OrderCommand command) {
        journal.record(new Journal.Entry.Command(clock.nowMs(), command));
        venue.execute(command);
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

    /**
     * The run is over (the feed ended): a position still open closes at the last exec bar's close,
     * and the result is assembled. {@code candlesProcessed} is what the feed delivered.
     */
    public RunResult finish(long candlesProcessed) {
        if (!stopped && lastBar >= 0 && portfolio.positionSign() != 0) {
            portfolio.setBar(lastBar);
            closeNow("end_of_data", lastBarTime);
            eqValue[points - 1] = portfolio.equity();
        }
        stopped = true;
        long start = firstTradable < 0 ? (execBars == 0 ? 0 : firstExecOpen) : firstTradableOpen;
        long end = execBars == 0 ? 0 : points == 0 ? lastExecClose : eqTime[points - 1];
        List<MissedEntry> missed = new ArrayList<>(refused);
        missed.addAll(portfolio.missedEntries());
        missed.sort(java.util.Comparator.comparingLong(MissedEntry::timeMs));
        EquityCurve curve = new EquityCurve(Arrays.copyOf(eqBar, points), Arrays.copyOf(eqTime, points), Arrays.copyOf(eqValue, points));
        return new RunResult(play.spec().id(), symbol, feeds[execFeed].timeframe, play.spec().startingEquity(),
                portfolio.trades(), curve, barsInPosition, stopReason, start, end, candlesProcessed, missed);
    }
}

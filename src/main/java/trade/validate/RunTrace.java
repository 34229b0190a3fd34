package trade.validate;

import java.util.Arrays;
import java.util.List;
import trade.core.Candles;
import trade.engine.BarObserver;
import trade.engine.BacktestDriver;
import trade.engine.port.AccountTerms;
import trade.play.CompiledPlay;
import trade.play.InstrumentTable;
import trade.play.Intent;
import trade.play.SeriesInfo;
import trade.sim.SimExchange;

/**
 * What one run of a Play showed at each exec bar it stepped through, warm-up bars included: every
 * series value at the bar's close and the intent acted on. The look-ahead and warm-up audits
 * compare traces with each other and with what the Play declares.
 *
 * @param play          the compiled Play that ran (its declared warm-up is what the audits check)
 * @param closeTimes    close time of each traced exec bar, bar 0 first
 * @param firstTradable first bar on which the actions were evaluated, or -1 when the run never got warm
 * @param series        name of each traced series; slot {@code s} of the Play is {@code series.get(s)}
 * @param values        {@code values[s][bar]}
 * @param decisions     the intent acted on at each bar, or null
 */
public record RunTrace(CompiledPlay play, long[] closeTimes, int firstTradable, List<String> series, double[][] values,
                       Intent[] decisions) {
    public RunTrace {
        series = List.copyOf(series);
        if (values.length != series.size()) throw new IllegalArgumentException(values.length + " value columns for " + series.size() + " series");
    }

    public int bars() { return closeTimes.length; }

    /** The production trace: the engine on the simulated exchange, watched by a {@link BarObserver}. */
    public static RunTrace ofEngine(CompiledPlay play, Candles minutes) {
        Recorder recorder = new Recorder(play.series().size());
        AccountTerms terms = AccountTerms.of(play.spec(), InstrumentTable.bybit().of(play.spec().symbol()));
        BacktestDriver.replay(play, terms.instrument(), events -> new SimExchange(terms, events), minutes, recorder, trade.engine.Progress.NONE);
        int n = recorder.bars;
        double[][] values = new double[recorder.values.length][];
        for (int s = 0; s < values.length; s++) values[s] = Arrays.copyOf(recorder.values[s], n);
        return new RunTrace(play, Arrays.copyOf(recorder.closes, n), recorder.firstTradable, play.series().stream().map(SeriesInfo::name).toList(),
                values, Arrays.copyOf(recorder.decisions, n));
    }

    /** Keeps what the engine shows; bars arrive in order from 0. */
    private static final class Recorder implements BarObserver {
        final double[][] values;
        Intent[] decisions = new Intent[256];
        long[] closes = new long[256];
        int bars, firstTradable = -1;

        Recorder(int series) {
            values = new double[series][256];
        }

        @Override
        public void bar(int bar, long closeTimeMs, boolean tradable, SeriesValues series, Intent decision) {
            if (bar != bars) throw new IllegalStateException("the engine showed bar " + bar + " after " + bars + " bars");
            if (bar == closes.length) {
                for (int s = 0; s < values.length; s++) values[s] = Arrays.copyOf(values[s], bar * 2);
                decisions = Arrays.copyOf(decisions, bar * 2);
                closes = Arrays.copyOf(closes, bar * 2);
            }
            closes[bar] = closeTimeMs;
            for (int s = 0; s < values.length; s++) values[s][bar] = series.value(s);
            decisions[bar] = decision;
            if (tradable && firstTradable < 0) firstTradable = bar;
            bars++;
        }
    }
}

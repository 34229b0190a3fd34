package trade.bench;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import trade.core.Params;
import trade.indicator.AnchoredIndicator;
import trade.indicator.Indicator;
import trade.indicator.IndicatorCatalog;
import trade.indicator.IndicatorKind;
import trade.indicator.InputSource;

/**
 * Cost of one update (and a read of the primary output) per indicator, default params, on a
 * random-walk bar series cycled through; anchored kinds get the bar's open time first, as the
 * engine hands it. One op = one bar.
 * Run: ./mvnw -Pbench -DskipTests package && java -cp target/play.jar org.openjdk.jmh.Main IndicatorBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IndicatorBenchmark {
    private static final int BARS = 1 << 14;
    private static final long HOUR = 3_600_000L;

    @Param({"adx", "alma", "anchored_volume_profile", "anchored_vwap", "aroon", "atr", "bbands", "cci", "cmf", "cmo",
            "dema", "dm", "donchian", "ema", "fisher", "kama", "kc", "kvo", "linreg", "macd", "mfi", "midprice", "mom",
            "natr", "obv", "ohlc4", "ppo", "psar", "roc", "rsi", "session_levels", "sma", "squeeze", "stoch", "stochrsi",
            "supertrend", "tema", "trima", "trix", "tsi", "uo", "volume_profile", "vortex", "vwap", "willr", "wma", "zlma"})
    String indicator;

    private Indicator instance;
    private AnchoredIndicator anchored;
    private final double[] open = new double[BARS], high = new double[BARS], low = new double[BARS],
            close = new double[BARS], volume = new double[BARS];
    private int bar;
    private long time;

    @Setup
    public void setup() {
        IndicatorKind kind = IndicatorCatalog.find(indicator).orElseThrow();
        instance = kind.create(Params.resolve(kind.params(), Map.of()), InputSource.CLOSE);
        anchored = instance instanceof AnchoredIndicator a ? a : null;
        Random rnd = new Random(42);
        double price = 100;
        for (int i = 0; i < BARS; i++) {
            open[i] = price;
            price = Math.max(1, price + 0.02 * (100 - price) + 0.5 * rnd.nextGaussian());
            close[i] = price;
            high[i] = Math.max(open[i], price) + 0.3 * rnd.nextDouble();
            low[i] = Math.min(open[i], price) - 0.3 * rnd.nextDouble();
            volume[i] = 1 + rnd.nextInt(10_000);
        }
    }

    @Benchmark
    public double update() {
        int i = bar;
        bar = (i + 1) & (BARS - 1);
        time += HOUR;
        if (anchored != null) anchored.anchor(time, AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_VERSION,
                AnchoredIndicator.NO_VERSION, AnchoredIndicator.NO_PAIR);
        instance.update(open[i], high[i], low[i], close[i], volume[i]);
        return instance.output(0);
    }
}

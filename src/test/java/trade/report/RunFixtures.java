package trade.report;

import java.util.List;
import java.util.Map;
import trade.core.Side;
import trade.core.Timeframe;
import trade.engine.EquityCurve;
import trade.engine.RunResult;
import trade.engine.TradeRecord;

/** Small hand-made runs shared by the report tests. */
final class RunFixtures {
    static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00:00Z
    static final long HOUR = 3_600_000L;

    private RunFixtures() {}

    /** A trade with the given net split into realized, fees and funding (net = realized − fees + funding). */
    static TradeRecord trade(int n, Side side, double realized, double fees, double funding, double sizeUsdt,
                             int entryBar, int exitBar, double mae, double mfe) {
        double entryPrice = 100.0;
        return new TradeRecord(String.format("trade_%03d", n), "BTCUSDT", side,
                T0 + entryBar * HOUR, entryPrice, sizeUsdt / entryPrice, sizeUsdt,
                T0 + exitBar * HOUR, 101.0, "signal", "signal",
                realized, fees, funding, realized - fees + funding,
                Double.NaN, 110.0, entryBar, exitBar, mae, mfe, Map.of());
    }

    static EquityCurve curve(double... equity) {
        int[] bars = new int[equity.length];
        long[] times = new long[equity.length];
        for (int i = 0; i < equity.length; i++) {
            bars[i] = i;
            times[i] = T0 + (i + 1) * HOUR; // bar close
        }
        return new EquityCurve(bars, times, equity);
    }

    static RunResult run(Timeframe tf, double initial, List<TradeRecord> trades, EquityCurve curve, int barsInPosition) {
        return new RunResult("demo_play", "BTCUSDT", tf, initial, trades, curve, barsInPosition, null,
                T0, T0 + curve.size() * HOUR, curve.size());
    }

    /** The worked example of MetricsTest: five trades (W W L B L) and an eight-point curve. */
    static List<TradeRecord> workedTrades() {
        return List.of(
                trade(1, Side.LONG, 52, 2, 0, 1000, 0, 2, -1.0, 3.0),     // net +50, 5 %
                trade(2, Side.LONG, 31, 1.5, 0.5, 500, 2, 3, -0.5, 1.0),  // net +30, 6 %
                trade(3, Side.SHORT, -18, 1, -1, 800, 3, 6, -2.0, 0.5),   // net −20, −2.5 %
                trade(4, Side.SHORT, 1, 1, 0, 400, 6, 7, -0.3, 0.2),      // net 0 (breakeven)
                trade(5, Side.LONG, -9, 1, 0, 200, 7, 8, -1.2, 0.1));     // net −10, −5 %
    }

    static EquityCurve workedCurve() { return curve(1000, 1100, 880, 880, 2000, 1700, 1900, 1950); }

    static RunResult workedRun() {
        return run(Timeframe.H1, 1000, workedTrades(), workedCurve(), 6);
    }
}

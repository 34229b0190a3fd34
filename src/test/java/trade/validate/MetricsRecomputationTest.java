package trade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics audit's own formulas on the scenarios of gate G11 (forge-and-validate §2.6) and the spec's trade rules. */
class MetricsRecomputationTest {
    private static Map<String, MetricsAudit.Expected> recompute(String tf, double initial, double[] equity, List<Map<String, Object>> trades,
                                                                List<String> problems) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < equity.length; i++) rows.add(Map.of("bar_idx", (long) i, "equity", equity[i]));
        Map<String, Object> result = Map.of("initial_equity", initial, "tf_exec", tf, "bars_in_position", 0L, "entry_rejections", 0L);
        return MetricsAudit.recompute(result, trades, rows, problems);
    }

    private static double value(Map<String, MetricsAudit.Expected> m, String key) { return m.get(key).value(); }

    @Test
    void absoluteAndPercentDrawdownAreTrackedIndependently() {
        List<String> problems = new ArrayList<>();
        Map<String, MetricsAudit.Expected> m = recompute("1h", 10, new double[] {10, 1, 1000, 900}, List.of(), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(100, value(m, "max_drawdown_usdt"), 0.01);
        assertEquals(0.90, value(m, "max_drawdown_pct"), 0.01);
    }

    @Test
    void calmarIsCagrOverDrawdownAndCappedWithoutDrawdown() {
        // 365 daily points from 10 000 to 12 100 with one 10 % dip: CAGR 0.21, Calmar 2.1
        double[] e = new double[365];
        for (int i = 0; i < e.length; i++) e[i] = 10_000 + 2_100.0 * i / (e.length - 1);
        double peak = e[199];
        e[200] = peak * 0.9;
        List<String> problems = new ArrayList<>();
        assertEquals(2.1, value(recompute("D", 10_000, e, List.of(), problems), "calmar"), 0.1);
        e[200] = (e[199] + e[201]) / 2;
        assertEquals(100.0, value(recompute("D", 10_000, e, List.of(), problems), "calmar"));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void streaksAreResetByBreakevenTradesAndLossesArePositive() {
        double[] nets = {5, 3, 0, 2, -1, -1, -1, 4};
        List<Map<String, Object>> trades = new ArrayList<>();
        for (int i = 0; i < nets.length; i++) {
            trades.add(Map.of("net_pnl", nets[i], "funding_pnl", i == 0 ? -0.5 : 0.25, "side", i % 2 == 0 ? "long" : "short",
                    "fees_paid", 0.1, "entry_bar_index", (long) i * 10, "exit_bar_index", (long) i * 10 + 4,
                    "mae_pct", 0.0, "mfe_pct", 0.0, "entry_time", "t" + i));
        }
        Map<String, MetricsAudit.Expected> m = recompute("15m", 1000, new double[] {1000, 1011}, trades, new ArrayList<>());
        assertEquals(2, value(m, "max_consecutive_wins"));
        assertEquals(3, value(m, "max_consecutive_losses"));
        assertEquals(4, value(m, "winning_trades"));
        assertEquals(3, value(m, "losing_trades"));
        assertEquals(-3, value(m, "gross_loss_usdt"));
        assertEquals(14.0 / 3, value(m, "profit_factor"), 1e-12);
        assertEquals(0.5, value(m, "win_rate"));
        assertEquals(4, value(m, "avg_trade_duration_bars"));
        assertEquals(0.5, value(m, "total_funding_paid_usdt"));
        assertEquals(1.75, value(m, "total_funding_received_usdt"));
        assertEquals(8, value(m, "entry_attempts"));
    }

    @Test
    void anUnknownTimeframeIsAProblem() {
        List<String> problems = new ArrayList<>();
        recompute("1d", 100, new double[] {100, 101}, List.of(), problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("tf_exec '1d'")), problems.toString());
    }
}

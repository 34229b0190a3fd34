package trade.cli;

import java.util.List;
import java.util.Map;

/** The human summary of a backtest: one aligned "name  value" line per figure. */
final class SummaryTable {
    private static final List<String[]> ROWS = List.of(
            new String[]{"play", "play_id"}, new String[]{"parameters", "parameters"}, new String[]{"symbol / exec tf", "symbol_tf"}, new String[]{"data", "data"},
            new String[]{"candles (1m)", "candles"}, new String[]{"window", "window"}, new String[]{"trades", "trades_count"},
            new String[]{"win rate", "win_rate_pct"}, new String[]{"net PnL (USDT)", "net_pnl_usdt"}, new String[]{"net return", "net_return_pct_text"},
            new String[]{"max drawdown", "max_drawdown_text"}, new String[]{"sharpe", "sharpe"}, new String[]{"profit factor", "profit_factor"},
            new String[]{"fees (USDT)", "total_fees_usdt"}, new String[]{"stop reason", "stop_reason_text"},
            new String[]{"play hash", "play_hash_short"}, new String[]{"input hash", "input_hash_short"}, new String[]{"trades hash", "trades_hash_short"},
            new String[]{"equity hash", "equity_hash_short"}, new String[]{"run hash", "run_hash_short"},
            new String[]{"artifacts", "artifact_path"}, new String[]{"engine time", "engine_text"});

    private SummaryTable() {}

    static String render(Map<String, Object> summary) {
        StringBuilder b = new StringBuilder();
        for (String[] row : ROWS) {
            Object v = summary.get(row[1]);
            if (v != null) b.append(String.format("%-18s %s%n", row[0], v));
        }
        return b.toString();
    }
}

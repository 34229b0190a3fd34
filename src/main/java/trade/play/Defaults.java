package trade.play;

import java.util.List;
import java.util.Optional;

/**
 * The values of {@code configs/defaults.yml}, the one place they live: what a Play gets when it
 * leaves a field out, and the exchange terms that are not Play keys (liquidation fee, the funding
 * rate of data without a funding series). Fees and slippage in basis points. The constants are
 * the values in force for this process, read once from the packaged file or its
 * {@code $PLAY_HOME/configs/} replacement (the CLI reads them before any command, so a bad file
 * stops it with every error at file:line:col).
 */
public record Defaults(double startingEquityUsdt, double takerBps, double makerBps, double liquidationBps,
                       double slippageBps, double fundingRatePer8h, double maxLeverage, double maxDrawdownPct,
                       double minTradeNotionalUsdt, double maintenanceMarginRate, double maxPositionPct) {
    private static final Defaults IN_FORCE = read(ConfigFile.inForce("defaults.yml"));

    public static final double EQUITY = IN_FORCE.startingEquityUsdt();
    public static final double TAKER_BPS = IN_FORCE.takerBps();
    public static final double MAKER_BPS = IN_FORCE.makerBps();
    public static final double SLIPPAGE_BPS = IN_FORCE.slippageBps();
    public static final double MAX_POSITION_PCT = IN_FORCE.maxPositionPct();
    /** Fee on the value of a liquidated position, settled at the bankruptcy price (not a Play key). */
    public static final double LIQUIDATION_BPS = IN_FORCE.liquidationBps();
    /** Funding rate per 8 hours for data without a funding series (synthetic). */
    public static final double FUNDING_RATE = IN_FORCE.fundingRatePer8h();
    public static final double MAX_LEVERAGE = IN_FORCE.maxLeverage();
    public static final double MAX_DRAWDOWN_PCT = IN_FORCE.maxDrawdownPct();
    public static final double MIN_TRADE_NOTIONAL_USDT = IN_FORCE.minTradeNotionalUsdt();
    public static final double MAINTENANCE_MARGIN_RATE = IN_FORCE.maintenanceMarginRate();

    /** The defaults this process runs with (reading them first makes a bad file fail before any work). */
    public static Defaults inForce() { return IN_FORCE; }

    /** Reads a defaults file; every missing key, unknown key and bad value is reported at once, at file:line:col. */
    static Defaults read(ConfigFile file) {
        Optional<ConfigFile.Section> top = file.top(List.of("fees", "slippage_bps", "funding", "account", "risk"));
        Optional<ConfigFile.Section> fees = top.flatMap(t -> file.section(t, "fees", List.of("taker_bps", "maker_bps", "liquidation_bps")));
        Optional<ConfigFile.Section> funding = top.flatMap(t -> file.section(t, "funding", List.of("rate_per_8h")));
        Optional<ConfigFile.Section> account = top.flatMap(t -> file.section(t, "account", List.of("starting_equity_usdt", "max_leverage",
                "max_drawdown_pct", "min_trade_notional_usdt", "maintenance_margin_rate")));
        Optional<ConfigFile.Section> risk = top.flatMap(t -> file.section(t, "risk", List.of("max_position_pct")));
        double nan = Double.NaN;
        Defaults d = new Defaults(
                account.map(s -> file.number(s, "starting_equity_usdt", v -> v > 0, "a number > 0")).orElse(nan),
                fees.map(s -> file.number(s, "taker_bps", v -> v >= 0, "a number ≥ 0")).orElse(nan),
                fees.map(s -> file.number(s, "maker_bps", v -> v >= 0, "a number ≥ 0")).orElse(nan),
                fees.map(s -> file.number(s, "liquidation_bps", v -> v >= 0, "a number ≥ 0")).orElse(nan),
                top.map(s -> file.number(s, "slippage_bps", v -> v >= 0, "a number ≥ 0")).orElse(nan),
                // the bound of FundingRates.MAX_ABS_RATE, which play may not import
                funding.map(s -> file.number(s, "rate_per_8h", v -> Math.abs(v) <= 0.1, "a rate per 8 h such as 0.0001 (0.01 %), |rate| ≤ 0.1")).orElse(nan),
                account.map(s -> file.number(s, "max_leverage", v -> v > 0, "a number > 0")).orElse(nan),
                account.map(s -> file.number(s, "max_drawdown_pct", v -> v > 0 && v <= 100, "a percent in (0, 100]")).orElse(nan),
                account.map(s -> file.number(s, "min_trade_notional_usdt", v -> v >= 0, "a number ≥ 0")).orElse(nan),
                account.map(s -> file.number(s, "maintenance_margin_rate", v -> v >= 0 && v < 1, "a rate in [0, 1), e.g. 0.005")).orElse(nan),
                risk.map(s -> file.number(s, "max_position_pct", v -> v > 0 && v <= 100, "a percent in (0, 100]")).orElse(nan));
        file.throwIfErrors();
        return d;
    }
}

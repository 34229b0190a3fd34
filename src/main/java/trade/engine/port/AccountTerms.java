package trade.engine.port;

import trade.core.Instrument;
import trade.play.AccountSpec;
import trade.play.Defaults;
import trade.play.PlaySpec;

/**
 * The account an exchange runs a Play on, with every fee as a rate (bps / 10 000): starting cash,
 * leverage (initial margin rate = 1/leverage), maintenance margin, liquidation fee, the funding
 * rates settled every 8 hours and the instrument's rounding rules.
 */
public record AccountTerms(String symbol, double startingEquity, double leverage,
                           double takerRate, double makerRate, double slippageRate, double liquidationFeeRate,
                           double maintenanceMarginRate, double mmDeduction, FundingRates funding, Instrument instrument) {

    /**
     * The terms of a backtest of {@code spec}: leverage from the risk model's sizing when there is
     * one (the leverage positions are sized with), else the account's; the Play's own maker fee
     * and maintenance margin; the liquidation fee and the constant funding rate of the defaults
     * (they are not Play keys; {@link #withFunding} sets other funding rates); the rules of the
     * Play's symbol come from the caller, since the engine reads no files.
     */
    public static AccountTerms of(PlaySpec spec, Instrument instrument) {
        AccountSpec a = spec.account();
        double leverage = spec.risk() != null ? spec.risk().sizing().maxLeverage() : a.maxLeverage();
        return new AccountTerms(spec.symbol(), spec.startingEquity(), leverage,
                a.takerBps() / 10_000, a.makerBps() / 10_000, spec.slippageBps() / 10_000, Defaults.LIQUIDATION_BPS / 10_000,
                a.maintenanceMarginRate(), a.mmDeduction(), FundingRates.constant(Defaults.FUNDING_RATE), instrument);
    }

    /** The same account with other funding rates. */
    public AccountTerms withFunding(FundingRates rates) {
        return new AccountTerms(symbol, startingEquity, leverage, takerRate, makerRate, slippageRate, liquidationFeeRate,
                maintenanceMarginRate, mmDeduction, rates, instrument);
    }
}

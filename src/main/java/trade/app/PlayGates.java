package trade.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import trade.core.Instrument;
import trade.core.Issue;
import trade.engine.port.AccountTerms;
import trade.validate.Audit;
import trade.validate.AuditResult;
import trade.validate.AuditScope;
import trade.validate.MetricsAudit;
import trade.play.InstrumentTable;
import trade.play.PlayCheck;
import trade.play.PlayLoader;
import trade.play.PlaySpec;

/** The validate tiers' gates that need Play files or the backtest composition root, next to the forge audits. */
public final class PlayGates {
    /** The pattern of Plays without a validation block, as in {@code play validate suite}. */
    public static final String FALLBACK_PATTERN = "trend_up_clean";

    private PlayGates() {}

    /** The metrics audit's backtests: the real {@code play backtest} path, synthetic, artifacts under {@code out}. */
    public static MetricsAudit.Backtest backtest(Path out, long seed) {
        return play -> new BacktestRun(play, new BacktestRun.Source.Synthetic(seed, null, FALLBACK_PATTERN), out, null).run().artifacts();
    }

    /** Every file loads and passes the static check (warnings allowed). */
    public record StaticCheck(List<Path> files) implements Audit {
        @Override public String name() { return "static-check"; }

        @Override public String description() { return "every Play loads and passes the checker (file:line:col errors)"; }

        @Override
        public AuditResult run(AuditScope scope) {
            long start = System.nanoTime();
            List<String> failures = new ArrayList<>();
            for (Path f : files) {
                PlayCheck c = PlayCheck.of(f);
                for (Issue e : c.errors()) failures.add(f + ": " + e.code() + " " + e.message());
            }
            return new AuditResult(name(), files.size(), failures, seconds(start));
        }
    }

    /** Each Play of the scope backtests on its synthetic market through the real pipeline, and trades. */
    public record SyntheticRuns(String name, Path out) implements Audit {
        @Override public String description() { return "each Play backtests on its validation pattern, artifacts pass the gate, and it trades"; }

        @Override
        public AuditResult run(AuditScope scope) {
            long start = System.nanoTime();
            List<String> failures = new ArrayList<>();
            for (Path play : scope.plays()) {
                try {
                    BacktestRun.Outcome o = new BacktestRun(play, new BacktestRun.Source.Synthetic(scope.seed(), null, FALLBACK_PATTERN), out, null).run();
                    if (o.result().trades().isEmpty()) failures.add(play.getFileName() + " made no trades on " + o.summary().get("data"));
                } catch (RuntimeException e) {
                    failures.add(play.getFileName() + ": " + e.getMessage());
                }
            }
            return new AuditResult(name, scope.plays().size(), failures, seconds(start));
        }
    }

    /** Every Play of a folder run as {@code play validate suite} runs it; its rows are kept for the table. */
    public static final class Suite implements Audit {
        private final SuiteRun suite;
        private List<SuiteRun.Row> rows = List.of();

        public Suite(SuiteRun suite) { this.suite = suite; }

        @Override public String name() { return "suite"; }

        @Override public String description() { return "every Play of " + suite.dir() + " loads, checks and backtests on its pattern (rejects as expected)"; }

        @Override
        public AuditResult run(AuditScope scope) {
            long start = System.nanoTime();
            rows = suite.run(null);
            List<String> failures = rows.stream().filter(r -> r.status() == SuiteRun.Status.FAILED).map(r -> r.play() + ": " + r.reason()).toList();
            return new AuditResult(name(), rows.size(), failures, seconds(start));
        }

        public List<SuiteRun.Row> rows() { return rows; }

        /** The suite's Plays that loaded and ran (traded or not), as files. */
        List<Path> playsThatRan() {
            return rows.stream().filter(r -> r.status() == SuiteRun.Status.OK || r.status() == SuiteRun.Status.NO_TRADES)
                    .map(r -> suite.dir().resolve(r.play())).toList();
        }
    }

    /** A Play-level audit run again over every Play the suite ran, after the suite gate. */
    public record OnSuite(Audit audit, Suite suite) implements Audit {
        @Override public String name() { return audit.name() + " (suite)"; }

        @Override public String description() { return audit.description() + ", over every Play the suite ran"; }

        @Override
        public AuditResult run(AuditScope scope) {
            AuditResult r = audit.run(new AuditScope(scope.patterns(), scope.minutes(), scope.seed(), suite.playsThatRan(),
                    AuditScope.Focus.PLAYS, scope.threads()));
            return new AuditResult(name(), r.checked(), r.failures(), r.seconds());
        }
    }

    /**
     * What a Play needs before real money (spec gate PL4 and the instrument rules): the account
     * stated in full rather than defaulted, a drawdown stop, an instrument the exchange rules
     * know, an order the instrument accepts at the starting equity, and no more leverage than the
     * instrument allows.
     */
    public record ExchangeSettings(Path play) implements Audit {
        @Override public String name() { return "exchange-settings"; }

        @Override public String description() { return "account stated in full, a drawdown stop below 100 %, known instrument, orders above its minimum, leverage within its maximum"; }

        @Override
        public AuditResult run(AuditScope scope) {
            long start = System.nanoTime();
            List<String> failures = new ArrayList<>();
            PlayCheck check = PlayCheck.of(play);
            for (Issue w : check.warnings()) {
                if (w.code().equals("DEFAULTED_FIELD") && w.message().startsWith("account.")) {
                    failures.add(play.getFileName() + ": " + w.message() + " — state it in the Play before trading it live");
                }
            }
            PlaySpec spec = PlayLoader.load(play);
            double maxDrawdown = spec.account().maxDrawdownPct();
            if (maxDrawdown >= 100) failures.add("account.max_drawdown_pct is " + fmt(maxDrawdown) + ": a live account needs a drawdown stop below 100 %");
            Instrument instrument = InstrumentTable.bybit().of(spec.symbol());
            if (instrument.equals(Instrument.UNCONSTRAINED)) {
                failures.add(spec.symbol() + " has no trading rules (tick size, quantity step, minimum notional, maximum leverage) in configs/instruments.yml");
            } else {
                if (spec.account().minTradeNotionalUsdt() < instrument.minNotionalUsdt()) {
                    failures.add("account.min_trade_notional_usdt " + fmt(spec.account().minTradeNotionalUsdt()) + " is below "
                            + spec.symbol() + "'s minimum order value of " + fmt(instrument.minNotionalUsdt()) + " USDT");
                }
                double capacity = spec.startingEquity() * spec.account().maxLeverage();
                if (capacity < instrument.minNotionalUsdt()) {
                    failures.add("starting equity × leverage = " + fmt(capacity) + " USDT cannot buy " + spec.symbol() + "'s minimum order of "
                            + fmt(instrument.minNotionalUsdt()) + " USDT");
                }
                // the leverage positions are sized with, as the backtest's account uses it
                double leverage = AccountTerms.of(spec, instrument).leverage();
                if (instrument.maxLeverage() > 0 && leverage > instrument.maxLeverage()) {
                    failures.add("leverage " + fmt(leverage) + " is above " + spec.symbol() + "'s maximum of " + fmt(instrument.maxLeverage()) + "x");
                }
            }
            return new AuditResult(name(), 6, failures, seconds(start));
        }

        private static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }
    }

    static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }
}

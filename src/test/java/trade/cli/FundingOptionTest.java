package trade.cli;

import trade.app.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import trade.engine.TradeRecord;
import trade.engine.port.FundingRates;

/**
 * {@code play backtest --funding}: a constant rate or a recorded history reaches the simulated
 * exchange and the run's identity; a history holding one rate is the same run as that constant.
 */
class FundingOptionTest {
    private static final Path ROOT = Path.of(System.getProperty("play.root", "."));
    private static final Path PLAY = PlayLocator.locate("V_CORE_001", ROOT.resolve("plays"));
    private static final long H8 = 8 * 3_600_000L;

    @TempDir
    Path dir;

    private BacktestRun.Outcome run(FundingRates funding) {
        return new BacktestRun(PLAY, new BacktestRun.Source.Synthetic(42, null, null), dir.resolve("out"), null, funding).run();
    }

    private static double funding(BacktestRun.Outcome o) {
        return o.result().trades().stream().mapToDouble(TradeRecord::fundingPnl).sum();
    }

    @Test
    void theRateDecidesTheFundingAndTheRunIdentity() {
        BacktestRun.Outcome none = run(FundingRates.constant(0));
        BacktestRun.Outcome usual = run(FundingRates.constant(0.0001));
        BacktestRun.Outcome high = run(FundingRates.constant(0.001));
        assertEquals(0, funding(none));
        assertTrue(funding(usual) < 0, "a long-only Play pays positive funding");
        assertTrue(funding(high) < funding(usual));
        // the first trade held over a settlement is sized before any funding was paid, so its funding scales with the rate exactly
        int j = 0;
        while (usual.result().trades().get(j).fundingPnl() == 0) j++;
        TradeRecord a = usual.result().trades().get(j), b = high.result().trades().get(j);
        assertEquals(a.entrySizeUsdt(), b.entrySizeUsdt());
        assertEquals(10 * a.fundingPnl(), b.fundingPnl(), 1e-9 * Math.abs(b.fundingPnl()), "funding is proportional to the rate");
        assertNotEquals(none.summary().get("input_hash"), usual.summary().get("input_hash"));
        assertNotEquals(usual.summary().get("input_hash"), high.summary().get("input_hash"));
    }

    @Test
    void aHistoryOfOneRateIsTheSameRunAsThatConstant() throws IOException {
        // Bybit's column names, newest settlement first, as its funding history lists them
        List<String> lines = new ArrayList<>(List.of("fundingRateTimestamp,fundingRate,symbol"));
        long first = 1_735_689_600_000L;
        for (int i = 400 * 3; i >= 0; i--) lines.add((first + i * H8) + ",0.0003,BTCUSDT");
        Path csv = Files.write(dir.resolve("funding.csv"), lines);
        BacktestRun.Outcome constant = run(FundingRates.constant(0.0003));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(new String[] {"backtest", PLAY.toString(), "--funding", csv.toString(), "--out", dir.resolve("cli").toString(), "--json"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains((String) constant.summary().get("trades_hash")), "same trades hash as the constant rate");
        assertTrue(funding(constant) < 0);
    }

    @Test
    void aBadRateOrFileIsRefusedWithItsReason() throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlayCli.execute(new String[] {"backtest", PLAY.toString(), "--funding", "0.5", "--out", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("--funding 0.5"), err.toString());

        Path bad = Files.write(dir.resolve("bad.csv"), List.of("ts_ms,funding_rate", "1735689600000,0.0001", "1735718400000,abc"));
        err = new StringWriter();
        code = PlayCli.execute(new String[] {"backtest", PLAY.toString(), "--funding", bad.toString(), "--out", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("bad.csv:3: funding_rate is not a finite number"), err.toString());
    }
}

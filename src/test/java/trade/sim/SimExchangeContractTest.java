package trade.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import trade.core.Side;
import trade.engine.ExchangeContract;
import trade.engine.order.ExecutionEvent;
import trade.engine.order.OrderCommand;
import trade.engine.port.AccountTerms;
import trade.engine.port.ExecutionListener;
import trade.engine.port.ExecutionVenue;
import trade.engine.port.SimulatedVenue;

/** The simulator passes the venue contract, fed 1m candles through {@link SimulatedVenue#onCandle}; plus its own pricing. */
class SimExchangeContractTest extends ExchangeContract {
    @Override
    protected ExecutionVenue newVenue(AccountTerms terms, ExecutionListener listener) { return new SimExchange(terms, listener); }

    @Override
    protected void advance(ExecutionVenue venue, long openTimeMs, double open, double high, double low, double close) {
        ((SimulatedVenue) venue).onCandle(openTimeMs, open, high, low, close, 1.0);
    }

    @Test
    void aMarketOrderFillsAtTheNextOpenPlusSlippage() {
        List<ExecutionEvent> heard = new ArrayList<>();
        SimExchange sim = new SimExchange(terms(BTC), heard::add);
        sim.onCandle(T0, 50_000, 50_050, 49_950, 50_000, 1);
        sim.execute(new OrderCommand.Submit("m", SYMBOL, Side.SHORT, OrderCommand.OrderType.MARKET, new OrderCommand.Size.Quantity(0.1),
                Double.NaN, OrderCommand.TimeInForce.GTC, OrderCommand.Timing.NEXT_CANDLE, false, OrderCommand.Protection.NONE, T0 + 60_000));
        sim.onCandle(T0 + 60_000, 50_100, 50_200, 50_000, 50_150, 1);
        ExecutionEvent.Filled f = heard.stream().filter(ExecutionEvent.Filled.class::isInstance).map(ExecutionEvent.Filled.class::cast).findFirst().orElseThrow();
        assertEquals(50_100 * (1 - SLIPPAGE), f.price(), 0, "a sell fills at the open less slippage");
        assertEquals(10_000 - f.fee(), sim.cash(), 0, "the entry fee is the only cash change");
    }
}

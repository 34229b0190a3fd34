package trade.engine.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FundingRatesTest {
    private static final long H8 = 8 * 3_600_000L;

    @Test
    void aSeriesAppliesTheLastRecordAtOrBeforeTheSettlement() {
        FundingRates.Series s = new FundingRates.Series(new long[] {H8, 2 * H8, 4 * H8}, new double[] {0.0001, -0.0002, 0.0003});
        assertEquals(0, s.rateAt(0), "no funding before the first record");
        assertEquals(0.0001, s.rateAt(H8));
        assertEquals(-0.0002, s.rateAt(2 * H8));
        assertEquals(-0.0002, s.rateAt(3 * H8), "a missing record keeps the last rate");
        assertEquals(0.0003, s.rateAt(9 * H8));
    }

    @Test
    void theIdentityFollowsTheContent() {
        FundingRates.Series a = new FundingRates.Series(new long[] {H8, 2 * H8}, new double[] {0.0001, 0.0002});
        FundingRates.Series same = new FundingRates.Series(new long[] {H8, 2 * H8}, new double[] {0.0001, 0.0002});
        FundingRates.Series other = new FundingRates.Series(new long[] {H8, 2 * H8}, new double[] {0.0001, 0.00021});
        assertEquals(a.identity(), same.identity());
        assertNotEquals(a.identity(), other.identity());
        assertNotEquals(FundingRates.constant(0.0001).identity(), FundingRates.constant(0.0002).identity());
    }

    @Test
    void timesMustIncreaseAndRatesBeFinite() {
        assertThrows(IllegalArgumentException.class, () -> new FundingRates.Series(new long[] {2, 1}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new FundingRates.Series(new long[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> FundingRates.constant(Double.POSITIVE_INFINITY));
    }
}

package trade.engine.port;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The funding rate per 8 hours in force at each settlement (00:00, 08:00, 16:00 UTC): one
 * constant for synthetic data, or a recorded series such as Bybit's funding history for a user's
 * candles. A positive rate makes longs pay shorts.
 */
public sealed interface FundingRates {
    /** A sanity bound on |rate|: Bybit caps funding far below 10 % per interval, so more is a unit mistake. */
    double MAX_ABS_RATE = 0.1;

    /** The rate settled at {@code settlementMs}. */
    double rateAt(long settlementMs);

    /** What identifies these rates in a run's input hash: the constant, or the series' content hash. */
    String identity();

    static FundingRates constant(double rate) { return new Constant(rate); }

    /** The same rate at every settlement. */
    record Constant(double rate) implements FundingRates {
        public Constant {
            if (!Double.isFinite(rate)) throw new IllegalArgumentException("funding rate must be a finite number, was " + rate);
        }

        @Override
        public double rateAt(long settlementMs) { return rate; }

        @Override
        public String identity() { return "constant " + rate; }
    }

    /**
     * Recorded rates: the rate of the last record at or before a settlement applies (as the
     * original read its funding series); before the first record no funding is charged.
     *
     * @param timeMs strictly increasing record times, UTC epoch ms
     * @param rates  the rate of each record
     */
    record Series(long[] timeMs, double[] rates) implements FundingRates {
        public Series {
            if (timeMs.length != rates.length) throw new IllegalArgumentException("one rate per record time");
            for (int i = 0; i < timeMs.length; i++) {
                if (i > 0 && timeMs[i] <= timeMs[i - 1]) throw new IllegalArgumentException("funding record times must increase strictly");
                if (!Double.isFinite(rates[i])) throw new IllegalArgumentException("funding rate at record " + i + " is not a finite number");
            }
            timeMs = timeMs.clone();
            rates = rates.clone();
        }

        @Override
        public double rateAt(long settlementMs) {
            int i = Arrays.binarySearch(timeMs, settlementMs);
            int at = i >= 0 ? i : -i - 2; // the last record at or before the settlement
            return at < 0 ? 0 : rates[at];
        }

        /** SHA-256 over every (time, rate) pair, so the same recorded rates give the same run identity. */
        @Override
        public String identity() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                ByteBuffer pair = ByteBuffer.allocate(16);
                for (int i = 0; i < timeMs.length; i++) {
                    pair.clear();
                    pair.putLong(timeMs[i]).putDouble(rates[i]);
                    sha.update(pair.array());
                }
                return "series " + HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}

package trade.play;

/**
 * How entries are placed (play-dsl §2.7). A limit entry is priced off the signal bar's close by
 * {@code limitOffsetPct} (below for longs, above for shorts) and cancelled after
 * {@code expireAfterBars} exec bars unfilled (0 = never).
 */
public record EntrySpec(OrderKind orderType, double limitOffsetPct, TimeInForce timeInForce, int expireAfterBars) {
    public static final EntrySpec MARKET = new EntrySpec(OrderKind.MARKET, 0, TimeInForce.GTC, 0);

    public enum OrderKind { MARKET, LIMIT }

    public enum TimeInForce {
        GTC("GTC"), IOC("IOC"), FOK("FOK"), POST_ONLY("PostOnly");

        private final String label;

        TimeInForce(String label) { this.label = label; }

        public String label() { return label; }
    }
}

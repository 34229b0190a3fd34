package trade.play;

/** The {@code deploy:} block (play-dsl §2.10): capital for demo/live, settlement coin, disconnect-cancel window. */
public record DeploySpec(double capital, String settleCoin, int dcpWindowSeconds) {
    public static final DeploySpec DEFAULT = new DeploySpec(10_000.0, "USDT", 30);
}

package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Client order ids name an order by what decided it, so a venue can refuse a retry: the same
 * Play, symbol, bar and intent give the same id in every run, any of them changed gives another,
 * a second order of the same bar and intent gets a new id, and every id is a valid Bybit
 * {@code orderLinkId} (at most 36 characters of letters, digits, '-' and '_').
 */
class ClientOrderIdsTest {
    private static final Pattern ORDER_LINK_ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");
    private static final long BAR = 1_735_689_600_000L + 15 * 60_000L;
    private static final List<String> INTENTS = List.of("EL", "ES", "XL", "XS", "RK");

    private static String first(String play, String symbol, long bar, String intent) {
        return new ClientOrderIds(play, symbol).next(bar, intent);
    }

    @Test
    void theSameDecisionsNameTheSameOrdersInEveryRun() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        ClientOrderIds one = new ClientOrderIds("V_CORE_001", "BTCUSDT"), two = new ClientOrderIds("V_CORE_001", "BTCUSDT");
        long[] bars = {BAR, BAR, BAR + 900_000, BAR + 1_800_000, BAR + 1_800_000, BAR + 1_800_000};
        String[] intents = {"EL", "RK", "XL", "ES", "ES", "RK"};
        for (int i = 0; i < bars.length; i++) {
            a.add(one.next(bars[i], intents[i]));
            b.add(two.next(bars[i], intents[i]));
        }
        assertEquals(a, b);
        assertEquals(first("V_CORE_001", "BTCUSDT", BAR, "EL"), a.get(0), "a restarted run names its first order as before");
    }

    @Test
    void theIdDiffersWithThePlayTheSymbolTheBarAndTheIntent() {
        String base = first("V_CORE_001", "BTCUSDT", BAR, "EL");
        List<String> others = List.of(
                first("V_CORE_002", "BTCUSDT", BAR, "EL"),
                first("V_CORE_001", "ETHUSDT", BAR, "EL"),
                first("V_CORE_001", "BTCUSDT", BAR + 60_000, "EL"),
                first("V_CORE_001", "BTCUSDT", BAR + 900_000, "EL"),
                first("V_CORE_001", "BTCUSDT", BAR, "ES"),
                first("V_CORE_001", "BTCUSDT", BAR, "XL"));
        for (String other : others) assertNotEquals(base, other);
        assertEquals(others.size(), new HashSet<>(others).size(), "two different decisions share an id: " + others);
    }

    @Test
    void playAndSymbolDoNotRunTogether() {
        // the play and the symbol are hashed with a separator: "AB" + "CUSDT" is not "A" + "BCUSDT"
        assertNotEquals(first("AB", "CUSDT", BAR, "EL"), first("A", "BCUSDT", BAR, "EL"));
    }

    @Test
    void aSecondOrderOfTheSameBarAndIntentGetsANewId() {
        ClientOrderIds ids = new ClientOrderIds("V_CORE_001", "BTCUSDT");
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 50; n++) assertTrue(seen.add(ids.next(BAR, "EL")), "order " + n + " of the bar repeats an id: " + seen);
        assertTrue(seen.add(ids.next(BAR + 900_000, "EL")), "the next bar's first order repeats an id");
    }

    @Property(tries = 500)
    void everyIdIsABybitOrderLinkId(@ForAll @StringLength(min = 1, max = 200) String play, @ForAll @StringLength(min = 1, max = 40) String symbol,
                                    @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long bar, @ForAll @IntRange(min = 0, max = 4) int intent,
                                    @ForAll @IntRange(min = 1, max = 2_000) int ordersInTheBar) {
        ClientOrderIds ids = new ClientOrderIds(play, symbol);
        String last = null;
        for (int n = 0; n < ordersInTheBar; n++) last = ids.next(bar, INTENTS.get(intent));
        String id = ids.next(bar, INTENTS.get(intent));
        assertTrue(ORDER_LINK_ID.matcher(id).matches(), "not a Bybit orderLinkId (<= 36 of [A-Za-z0-9_-]): '" + id + "' (" + id.length() + ")");
        assertNotEquals(last, id);
    }
}

package trade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A per-bar event flag of a structure on a slower timeframe is true only on the first exec bar
 * after the slower bar closed, while state outputs stay forward-filled, and offsets still step
 * through the slower timeframe's own bars.
 */
class HigherTimeframeEventTest {
    private static final long HOUR = 3_600_000, QUARTER = 900_000;

    /** Slot 0: an hourly event flag; slot 1: an hourly state value; feed 0 = 15m exec, feed 1 = 1h. */
    private final SeriesStore store = new SeriesStore(new int[] {SeriesStore.EVENT, SeriesStore.RING}, new int[] {1, 1},
            new int[] {0, 0}, new long[] {QUARTER, HOUR}, new int[] {16, 4}, 0);

    /**
     * Runs 16 quarter-hour exec bars over hourly bars whose flag is true on hour 1 and 2, each bar
     * appended as it closes (the hour before the exec bar closing with it, as the core does); reads
     * at each exec bar.
     */
    private List<String> readEachExecBar(int offset, long shiftMs) {
        List<String> seen = new ArrayList<>();
        for (int e = 0; e < 16; e++) {
            long close = (e + 1) * QUARTER;
            if (close % HOUR == 0) {
                int h = (int) (close / HOUR) - 1;
                store.append(1, h * HOUR, 0, 0, 0, 0, 0);
                store.write(0, h, h == 1 || h == 2 ? 1 : 0);
                store.write(1, h, 10 + h);
                store.setCurrent(1, h);
            }
            store.append(0, e * QUARTER, 0, 0, 0, 0, 0);
            store.setCurrent(0, e);
            store.setClocks(close, close);
            seen.add(store.read(0, offset, shiftMs) + "/" + store.read(1, offset, shiftMs));
        }
        return seen;
    }

    @Test
    void eventIsShownOnlyOnTheFirstExecBarAfterTheClose() {
        assertEquals(List.of("NaN/NaN", "NaN/NaN", "NaN/NaN", "0.0/10.0",
                        "0.0/10.0", "0.0/10.0", "0.0/10.0", "1.0/11.0",
                        "0.0/11.0", "0.0/11.0", "0.0/11.0", "1.0/12.0",
                        "0.0/12.0", "0.0/12.0", "0.0/12.0", "0.0/13.0"),
                readEachExecBar(0, 0));
    }

    @Test
    void oneMinuteEarlierIsThePreviousExecBar() {
        // a crossover's previous value: the hour closing now is not visible yet, and one exec bar
        // later the previous value is the pulse itself
        List<String> previous = readEachExecBar(0, 60_000);
        assertEquals("0.0/10.0", previous.get(7));
        assertEquals("1.0/11.0", previous.get(8));
        assertEquals("0.0/11.0", previous.get(9));
    }

    @Test
    void offsetsReadTheSlowerBarsOwnFlag() {
        List<String> back = readEachExecBar(1, 0);
        assertEquals("0.0/10.0", back.get(7));
        assertEquals("1.0/11.0", back.get(11));
        assertEquals("1.0/11.0", back.get(12));
    }
}

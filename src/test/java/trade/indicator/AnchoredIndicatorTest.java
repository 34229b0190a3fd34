package trade.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import trade.core.OutputSpec;
import trade.core.Params;
import trade.structure.Structure;
import trade.structure.StructureCatalog;
import trade.structure.StructureKind;
import trade.validate.reference.Bars;
import trade.fixtures.AppendixSeries;

/**
 * Indicators anchored to time or to swings (indicators.md §1.7, §4.11-4.12, §4.46-4.47): the
 * Appendix A values of anchored_vwap wired to swing(5, 5), anchored_volume_profile's restarts, the
 * calendar arithmetic behind the vwap and session anchors, and "no anchor handed over, no reset".
 */
class AnchoredIndicatorTest {
    private static final Bars SERIES = AppendixSeries.bars();

    /** Per bar: high_version, low_version, pair_version, pair_direction of swing(5, 5) on the golden series. */
    private static long[][] swingCounters() {
        StructureKind kind = StructureCatalog.find("swing").orElseThrow();
        Params p = Params.resolve(kind.params(), Map.of("left", 5L, "right", 5L));
        Structure swing = kind.create(p, Map.of(), null);
        List<OutputSpec> outputs = kind.outputs(p);
        int high = index(outputs, "high_version"), low = index(outputs, "low_version");
        int pair = index(outputs, "pair_version"), direction = index(outputs, "pair_direction");
        OutputSpec directionSpec = outputs.get(direction);
        long[][] out = new long[SERIES.size()][];
        for (int t = 0; t < SERIES.size(); t++) {
            swing.update(t, SERIES.open()[t], SERIES.high()[t], SERIES.low()[t], SERIES.close()[t], SERIES.volume()[t]);
            double d = swing.output(direction);
            long dir = d == directionSpec.enumCode("bullish") ? AnchoredIndicator.BULLISH
                    : d == directionSpec.enumCode("bearish") ? AnchoredIndicator.BEARISH : AnchoredIndicator.NO_PAIR;
            out[t] = new long[] {(long) swing.output(high), (long) swing.output(low), (long) swing.output(pair), dir};
        }
        return out;
    }

    private static int index(List<OutputSpec> outputs, String name) {
        for (int i = 0; i < outputs.size(); i++) if (outputs.get(i).name().equals(name)) return i;
        throw new AssertionError("swing has no " + name);
    }

    /** outputs[k][t] with the swing counters of bar t handed over before its update, as the engine does. */
    private static double[][] feedAnchored(String name, Map<String, Object> params, Bars bars, long[][] counters) {
        AnchoredIndicator indicator = (AnchoredIndicator) Bars.create(name, params);
        int outputs = Bars.outputCount(name);
        double[][] out = new double[outputs][bars.size()];
        for (int t = 0; t < bars.size(); t++) {
            long[] c = counters[t];
            indicator.anchor(bars.openTime()[t], c[0], c[1], c[2], (int) c[3]);
            indicator.update(bars.open()[t], bars.high()[t], bars.low()[t], bars.close()[t], bars.volume()[t]);
            for (int k = 0; k < outputs; k++) out[k][t] = indicator.output(k);
        }
        return out;
    }

    @Test
    void anchoredVwapReproducesTheOriginal() {
        long[][] counters = swingCounters();
        double[][] pairAny = feedAnchored("anchored_vwap", Map.of("anchor_source", "pair_any"), SERIES, counters);
        assertSeries(pairAny[0], 106.9200227912846, 99.32275817995911, 102.80955310299744);
        assertSeries(pairAny[1], 15.0, 2.0, 20.0);
        double[][] swingAny = feedAnchored("anchored_vwap", Map.of(), SERIES, counters);
        assertSeries(swingAny[0], 106.9200227912846, 99.32275817995911, 105.0966554433221);
        assertSeries(swingAny[1], 15.0, 2.0, 3.0);
    }

    private static void assertSeries(double[] values, double at99, double at299, double at599) {
        assertFalse(Double.isNaN(values[0]), "first value at t=0");
        IndicatorGoldenTest.assertValue(at99, values[99]);
        IndicatorGoldenTest.assertValue(at299, values[299]);
        IndicatorGoldenTest.assertValue(at599, values[599]);
    }

    @Test
    void anchoredVwapRestartsOnTheConfirmationBarOfItsSource() {
        long[][] counters = swingCounters();
        for (String source : List.of("swing_high", "swing_low", "swing_any", "pair_high", "pair_low", "pair_any", "manual")) {
            double[][] out = feedAnchored("anchored_vwap", Map.of("anchor_source", source), SERIES, counters);
            for (int t = 1; t < SERIES.size(); t++) {
                long[] now = counters[t], before = counters[t - 1];
                boolean newHigh = now[0] > before[0], newLow = now[1] > before[1], newPair = now[2] > before[2];
                boolean restart = switch (source) {
                    case "swing_high" -> newHigh;
                    case "swing_low" -> newLow;
                    case "swing_any" -> newHigh || newLow;
                    case "pair_high" -> newPair && now[3] == AnchoredIndicator.BULLISH;
                    case "pair_low" -> newPair && now[3] == AnchoredIndicator.BEARISH;
                    case "pair_any" -> newPair;
                    default -> false;
                };
                double expectedBars = restart ? 1 : out[1][t - 1] + 1;
                assertEquals(expectedBars, out[1][t], source + " bars_since_anchor at t=" + t);
                if (restart) {
                    double tp = (SERIES.high()[t] + SERIES.low()[t] + SERIES.close()[t]) / 3;
                    assertEquals(tp, out[0][t], 1e-12, source + " restarts at the bar's own typical price, t=" + t);
                }
            }
        }
    }

    @Test
    void anchoredVolumeProfileIsAFreshProfileFromEachNewPair() {
        long[][] counters = swingCounters();
        double[][] anchored = feedAnchored("anchored_volume_profile", Map.of(), SERIES, counters);
        int restarts = 0, from = 0;
        for (int t = 1; t <= SERIES.size(); t++) {
            boolean restart = t < SERIES.size() && counters[t][2] != counters[t - 1][2];
            if (!restart && t < SERIES.size()) continue;
            // bars from..t-1 form one anchor period: they equal a plain profile fed from `from`
            double[][] plain = SERIES.slice(from, t).feed(Bars.create("volume_profile", Map.of()), 6);
            for (int k = 0; k < 6; k++) {
                for (int i = 0; i < t - from; i++) {
                    assertEquals(plain[k][i], anchored[k][from + i], 0, "output " + k + " at t=" + (from + i));
                }
            }
            for (int i = from; i < t; i++) assertEquals(from == 0 ? i + 1 : i - from + 1, anchored[6][i], "bars since anchor");
            if (from > 0) assertTrue(Double.isNaN(anchored[0][from]), "the restart bar has no profile yet");
            restarts += from > 0 ? 1 : 0;
            from = t;
        }
        assertTrue(restarts > 5, "the golden series completes several pairs, saw " + restarts);
    }

    @Test
    void withoutAnchorsNothingRestarts() {
        double[][] vwap = new Bars(new long[SERIES.size()], SERIES.open(), SERIES.high(), SERIES.low(), SERIES.close(),
                SERIES.volume()).feed(Bars.create("vwap", Map.of()), 1);
        AnchoredIndicator anchored = (AnchoredIndicator) Bars.create("anchored_vwap", Map.of());
        double pv = 0, v = 0;
        for (int t = 0; t < SERIES.size(); t++) {
            anchored.update(SERIES.open()[t], SERIES.high()[t], SERIES.low()[t], SERIES.close()[t], SERIES.volume()[t]);
            pv += (SERIES.high()[t] + SERIES.low()[t] + SERIES.close()[t]) / 3 * SERIES.volume()[t];
            v += SERIES.volume()[t];
            assertEquals(pv / v, anchored.output(0), 1e-9 * pv / v);
            assertEquals(t + 1, anchored.output(1));
            // all open times 0: one UTC day, so the daily vwap is the cumulative one too
            assertEquals(pv / v, vwap[0][t], 1e-9 * pv / v);
        }
    }

    @Test
    void vwapRestartsAtEachDayWeekAndMonth() {
        Random rnd = new Random(7);
        int n = 24 * 120;
        long[] times = new long[n];
        double[] price = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = 1_706_659_200_000L + i * Bars.HOUR; // from 2024-01-31, across month ends and a leap day
            price[i] = 100 + rnd.nextInt(1000) / 100.0;
            volume[i] = 1 + rnd.nextInt(100);
        }
        Bars bars = new Bars(times, price, price, price, price, volume);
        for (String anchor : List.of("D", "W", "M")) {
            double[] got = bars.feed(Bars.create("vwap", Map.of("anchor", anchor)), 1)[0];
            double pv = 0, v = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0 && !samePeriod(anchor, times[i - 1], times[i])) pv = v = 0;
                pv += price[i] * volume[i];
                v += volume[i];
                assertEquals(pv / v, got[i], 1e-9 * pv / v, anchor + " at bar " + i);
            }
        }
    }

    private static boolean samePeriod(String anchor, long a, long b) {
        ZonedDateTime x = Instant.ofEpochMilli(a).atZone(ZoneOffset.UTC), y = Instant.ofEpochMilli(b).atZone(ZoneOffset.UTC);
        return switch (anchor) {
            case "D" -> x.truncatedTo(ChronoUnit.DAYS).equals(y.truncatedTo(ChronoUnit.DAYS));
            case "W" -> x.get(IsoFields.WEEK_BASED_YEAR) == y.get(IsoFields.WEEK_BASED_YEAR)
                    && x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == y.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            default -> x.getYear() == y.getYear() && x.getMonth() == y.getMonth();
        };
    }

    @Test
    void calendarPeriodsAgreeWithJavaTime() {
        Random rnd = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long a = rnd.nextLong(-4_000_000_000_000L, 8_000_000_000_000L);
            long b = a + rnd.nextLong(0, 40L * 86_400_000L);
            assertEquals(samePeriod("D", a, b), CalendarPeriod.DAY.indexOf(a) == CalendarPeriod.DAY.indexOf(b));
            assertEquals(samePeriod("W", a, b), CalendarPeriod.WEEK.indexOf(a) == CalendarPeriod.WEEK.indexOf(b));
            assertEquals(samePeriod("M", a, b), CalendarPeriod.MONTH.indexOf(a) == CalendarPeriod.MONTH.indexOf(b), a + " " + b);
        }
    }

    @Test
    void sessionLevelsWithoutTimeTrackOnlyTheCurrentRange() {
        Indicator levels = Bars.create("session_levels", Map.of());
        double high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY;
        for (int t = 0; t < 100; t++) {
            levels.update(SERIES.open()[t], SERIES.high()[t], SERIES.low()[t], SERIES.close()[t], SERIES.volume()[t]);
            high = Math.max(high, SERIES.high()[t]);
            low = Math.min(low, SERIES.low()[t]);
            assertEquals(high, levels.output(SessionLevels.CURRENT_DAY_HIGH));
            assertEquals(low, levels.output(SessionLevels.CURRENT_DAY_LOW));
            assertTrue(Double.isNaN(levels.output(SessionLevels.PREV_DAY_HIGH)));
            assertFalse(levels.isReady());
        }
    }
}

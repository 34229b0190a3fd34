package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the canonical form:
 * - every finite double prints as text that parses back to the same double;
 * - the output is pure ASCII whatever the input string;
 * - the order in which map entries were inserted never changes the output (so never the hash);
 * - parsing the written text gives a value that writes the same text again (files read back equal).
 */
class CanonicalJsonProperties {

    @Property
    void finiteDoublesRoundTrip(@ForAll double d) {
        String text = CanonicalJson.compact(d);
        if (Double.isFinite(d)) assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits(Double.parseDouble(text)));
        else assertEquals("null", text);
    }

    @Property
    void outputIsAscii(@ForAll String s) {
        String text = CanonicalJson.compact(Map.of(s, s));
        assertTrue(text.chars().allMatch(c -> c >= 0x20 && c <= 0x7f), text);
    }

    @Property
    void insertionOrderNeverMatters(@ForAll @Size(max = 12) List<String> keys, @ForAll long seed) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) a.put(keys.get(i), i * 0.5);
        List<String> shuffled = new ArrayList<>(a.keySet());
        Collections.shuffle(shuffled, new java.util.Random(seed));
        Map<String, Object> b = new LinkedHashMap<>();
        for (String k : shuffled) b.put(k, a.get(k));
        assertEquals(CanonicalJson.compact(a), CanonicalJson.compact(b));
        assertEquals(RunHashes.sha256Hex(CanonicalJson.compact(a)), RunHashes.sha256Hex(CanonicalJson.compact(b)));
    }

    @Property
    void parsingReadsBackWhatWasWritten(@ForAll @Size(max = 8) List<String> keys, @ForAll @Size(max = 8) List<Double> doubles,
                                        @ForAll long number, @ForAll boolean flag) {
        Map<String, Object> inner = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) inner.put(keys.get(i), i % 2 == 0 ? keys.get(i) : doubles.isEmpty() ? null : doubles.get(i % doubles.size()));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("inner", inner);
        value.put("list", new ArrayList<Object>(doubles));
        value.put("number", number);
        value.put("flag", flag);
        value.put("nothing", null);
        assertEquals(CanonicalJson.pretty(value), CanonicalJson.pretty(CanonicalJson.parse(CanonicalJson.pretty(value))));
        assertEquals(CanonicalJson.compact(value), CanonicalJson.compact(CanonicalJson.parse(CanonicalJson.compact(value))));
    }
}

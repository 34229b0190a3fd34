package trade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryDepth() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", 2);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", List.of(inner));
        outer.put("B", true);
        outer.put("a", null);
        assertEquals("{\"B\":true,\"a\":null,\"b\":[{\"a\":2,\"z\":1}]}", CanonicalJson.compact(outer));
    }

    @Test
    void insertionOrderDoesNotMatter() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("x", 1.5);
        one.put("y", "s");
        Map<String, Object> two = new HashMap<>();
        two.put("y", "s");
        two.put("x", 1.5);
        assertEquals(CanonicalJson.compact(one), CanonicalJson.compact(two));
    }

    @Test
    void numbers() {
        assertEquals("[10000.0,9,-12,0.1,1.0E-5,1.5E16,1.0E7,0.001,-0.0,null,null,null,3,1.25]",
                CanonicalJson.compact(Arrays.asList(10000.0, 9, -12L, 0.1, 1e-5, 1.5e16, 1e7, 0.001, -0.0,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, (short) 3,
                        new BigDecimal("1.25"))));
        assertEquals("0.30000000000000004", CanonicalJson.compact(0.1 + 0.2));
        assertEquals("9223372036854775807", CanonicalJson.compact(Long.MAX_VALUE));
    }

    @Test
    void stringEscaping() {
        assertEquals("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f / ~\"",
                CanonicalJson.compact("q\" b\\ \b\f\n\r\t \u0001\u001f / ~"));
        assertEquals("\"caf\\u00e9 \\u20ac \\ud83d\\ude00\"", CanonicalJson.compact("café € 😀"));
        assertEquals("{\"\\u00e9\":1}", CanonicalJson.compact(Map.of("é", 1)));
    }

    @Test
    void deleIsLeftAsIs() {
        // U+007F is ASCII; like Python's ensure_ascii it is not escaped
        assertEquals("\"\u007f\"", CanonicalJson.compact("\u007f"));
    }

    @Test
    void prettyLayout() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(1, 2));
        m.put("a", Map.of());
        m.put("c", new ArrayList<>());
        m.put("d", Map.of("k", "v"));
        assertEquals("""
                {
                  "a": {},
                  "b": [
                    1,
                    2
                  ],
                  "c": [],
                  "d": {
                    "k": "v"
                  }
                }
                """, CanonicalJson.pretty(m));
        assertEquals("{\"a\":{},\"b\":[1,2],\"c\":[],\"d\":{\"k\":\"v\"}}", CanonicalJson.compact(m));
    }

    @Test
    void unsupportedValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.compact(Set.of(1)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.compact(new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.compact(Map.of(1, "x")));
    }
}

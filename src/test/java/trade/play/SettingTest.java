package trade.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import trade.core.PlayException;

/** A setting keeps its value in canonical text, typed as the YAML Core schema would type it. */
class SettingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5        | 5
            +5       | 5
            007      | 7
            5.0      | 5
            1e3      | 1000
            2.50     | 2.5
            .5       | 0.5
            1e-5     | 1.0E-5
            1e20     | 1.0E20
            True     | true
            close    | close
            .inf     | .inf
            nan      | nan
            [1, 2.0] | [1, 2]
            """)
    void valuesAreKeptInCanonicalText(String written, String canonical) {
        assertEquals(canonical, new Setting("p", written).value());
        assertEquals(canonical, new Setting("p", canonical).value(), "canonical text is its own canonical text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5      | java.lang.Long
            5.5    | java.lang.Double
            1e20   | java.lang.Double
            false  | java.lang.Boolean
            hl2    | java.lang.String
            .nan   | java.lang.String
            """)
    void valuesAreTypedLikeYamlScalars(String written, String type) {
        assertEquals(type, new Setting("p", written).typed().getClass().getName());
    }

    @Test
    void listsHoldTypedNumbers() {
        assertEquals(List.of(0.382, 0.618, 1L), new Setting("p", "[0.382, 0.618, 1]").typed());
    }

    @Test
    void parseSplitsAtTheFirstEqualsSign() {
        Setting s = Setting.parse(" features.ema_fast_9.length = 5 ");
        assertEquals("features.ema_fast_9.length", s.path());
        assertEquals("5", s.value());
        assertEquals("a=b", Setting.parse("structures.x.mode=a=b").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"features.ema_fast_9.length", "=5", "features.ema_fast_9.length=", " = "})
    void anAssignmentWithoutPathOrValueIsBadInput(String assignment) {
        PlayException.BadInput e = assertThrows(PlayException.BadInput.class, () -> Setting.parse(assignment));
        assertTrue(e.getMessage().contains("PATH=VALUE"), e.getMessage());
    }
}

package trade.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BLAKE2b against RFC 7693's test vector and the two hashes structures.md §1.8 gives. */
class Blake2bTest {
    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void rfc7693Abc() {
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", Blake2b.hex(utf8("abc"), 64));
    }

    @Test
    void emptyAndMultiBlockMessages() {
        assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", Blake2b.hex(new byte[0], 64));
        // 128 bytes exactly is one final block; 129 needs two. Both must differ and be stable.
        byte[] b128 = new byte[128], b129 = new byte[129];
        assertEquals(Blake2b.hex(b128, 8), Blake2b.hex(b128.clone(), 8));
        assertEquals(false, Blake2b.hex(b128, 8).equals(Blake2b.hex(b129, 8)));
    }

    @Test
    void pairAnchorHashFromTheSpec() {
        assertEquals("77bc72f1cbba5b1b", Blake2b.hex(utf8("569|96.51000000|575|93.61000000|bearish"), 8));
        assertEquals("96.51000000", PivotPairing.fixed8(96.51));
    }

    @Test
    void derivedZoneInstanceIdFromTheSpec() {
        byte[] d = Blake2b.digest(utf8("derived_zone|7|98|101|618000|retracement"), 4);
        long id = ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
        assertEquals(435078959L, id);
    }

    @Test
    void ratioKeysUsePythonPercentG() {
        assertEquals("0.618", RatioKey.format(0.618));
        assertEquals("1", RatioKey.format(1.0));
        assertEquals("-0.272", RatioKey.format(-0.272));
        assertEquals("0.123457", RatioKey.format(0.1234567));
        assertEquals("1e-05", RatioKey.format(0.00001));
        assertEquals("1e+06", RatioKey.format(1_000_000));
        assertEquals("123457", RatioKey.format(123456.7));
        assertEquals("0.0001", RatioKey.format(0.0001));
    }
}

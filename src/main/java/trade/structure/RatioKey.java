package trade.structure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code "%g"} of a ratio, which the original used to name fibonacci outputs
 * ({@code level_0.618}, {@code level_1}); Plays must spell the key the same way, so this must match
 * exactly: 6 significant digits of the exact binary value, trailing zeros stripped, exponent form
 * below 1e-4 and from 1e6.
 */
final class RatioKey {
    private RatioKey() {}

    static String format(double value) {
        if (Double.isNaN(value)) return "nan";
        if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
        if (value == 0) return (1 / value < 0) ? "-0" : "0";
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            return strip(rounded.setScale(Math.max(0, 5 - exponent), RoundingMode.UNNECESSARY).toPlainString());
        }
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        String exp = String.format("%02d", Math.abs(exponent));
        return strip(mantissa.toPlainString()) + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    private static String strip(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

package trade.validate.reference;

/**
 * Batch market-structure reference (structures.md §3.4): one plain loop over the swing's output
 * arrays, with the state machine spelled out as nested conditions. Produces the 12 outputs in
 * catalog order for every bar.
 */
public final class MarketStructureReference {
    public static double[][] run(Bars s, double[] highIdx, double[] highLevel, double[] lowIdx, double[] lowLevel,
                          boolean confirmationClose) {
        int n = s.size();
        double[][] out = new double[12][n];
        int bias = 0, bosDir = 0, chochDir = 0, bosIdx = -1, chochIdx = -1, version = 0;
        double bosLevel = Double.NaN, chochLevel = Double.NaN, armedHigh = Double.NaN, armedLow = Double.NaN;
        int lastHi = -1, lastLo = -1, brokenHi = -1, brokenLo = -1, anchorIdx = -1;
        double swingHigh = Double.NaN, swingLow = Double.NaN, anchor = Double.NaN;
        for (int t = 0; t < n; t++) {
            boolean bos = false, choch = false;
            if ((int) highIdx[t] != lastHi && highIdx[t] >= 0) {
                swingHigh = highLevel[t];
                lastHi = (int) highIdx[t];
                if (!Double.isNaN(swingHigh) && lastHi > brokenHi) armedHigh = swingHigh;
            }
            if ((int) lowIdx[t] != lastLo && lowIdx[t] >= 0) {
                swingLow = lowLevel[t];
                lastLo = (int) lowIdx[t];
                if (!Double.isNaN(swingLow) && lastLo > brokenLo) armedLow = swingLow;
            }
            double up = confirmationClose ? s.close()[t] : s.high()[t];
            double dn = confirmationClose ? s.close()[t] : s.low()[t];
            boolean upBreak = !Double.isNaN(armedHigh) && up > armedHigh;
            boolean dnBreak = !Double.isNaN(armedLow) && dn < armedLow;
            String event = "";
            if (bias == 1 && !Double.isNaN(anchor) && dn < anchor) event = "choch-";
            else if (bias == -1 && !Double.isNaN(anchor) && up > anchor) event = "choch+";
            else if (bias >= 0 && upBreak) event = "bos+";
            else if (bias <= 0 && dnBreak) event = "bos-";
            switch (event) {
                case "bos+" -> {
                    bos = true; bosIdx = t; bosLevel = armedHigh; bosDir = 1; version++;
                    brokenHi = lastHi; armedHigh = Double.NaN; bias = 1;
                    if (!Double.isNaN(swingLow)) { anchor = swingLow; anchorIdx = lastLo; }
                }
                case "bos-" -> {
                    bos = true; bosIdx = t; bosLevel = armedLow; bosDir = 2; version++;
                    brokenLo = lastLo; armedLow = Double.NaN; bias = -1;
                    if (!Double.isNaN(swingHigh)) { anchor = swingHigh; anchorIdx = lastHi; }
                }
                case "choch-" -> {
                    choch = true; chochIdx = t; chochLevel = anchor; chochDir = 2; bias = -1; version++;
                    brokenLo = anchorIdx; armedLow = Double.NaN; anchor = Double.NaN; anchorIdx = -1;
                }
                case "choch+" -> {
                    choch = true; chochIdx = t; chochLevel = anchor; chochDir = 1; bias = 1; version++;
                    brokenHi = anchorIdx; armedHigh = Double.NaN; anchor = Double.NaN; anchorIdx = -1;
                }
                default -> { }
            }
            double[] row = {bias, bos ? 1 : 0, choch ? 1 : 0, bosDir, chochDir, bosIdx, bosLevel, chochIdx, chochLevel,
                armedHigh, armedLow, version};
            for (int k = 0; k < 12; k++) out[k][t] = row[k];
        }
        return out;
    }
}

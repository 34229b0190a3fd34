package trade.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import trade.core.Candles;

/**
 * One inline SVG chart over time: lines, a filled area, point markers, candles and columns, with a value axis of
 * four gridlines and the first, middle and last time under it. Coordinates are rounded to 0.1 px
 * so a long run stays a small file; series longer than {@link #MAX_POINTS} are thinned by
 * {@link #keep} first, which keeps every bucket's extremes so spikes and drawdowns stay visible.
 * The SVG has no namespace attribute: inline SVG in HTML needs none, and the report must not
 * contain any URL.
 */
final class SvgChart {
    /** Points a drawn series is thinned to: about two per horizontal pixel. */
    static final int MAX_POINTS = 1800;
    private static final int WIDTH = 960, LEFT = 78, RIGHT = 12, TOP = 10, BOTTOM = 24;

    private final int height;
    private final long tMin, tMax;
    private final double yMin, yMax;
    private final StringBuilder body = new StringBuilder();

    /** A chart spanning {@code [tMin, tMax]} × {@code [yMin, yMax]} (widened when empty). */
    SvgChart(int height, long tMin, long tMax, double yMin, double yMax) {
        this.height = height;
        this.tMin = tMin;
        this.tMax = tMax > tMin ? tMax : tMin + 1;
        double pad = yMax > yMin ? (yMax - yMin) * 0.04 : Math.max(Math.abs(yMax) * 0.01, 1);
        this.yMin = yMin - pad;
        this.yMax = yMax + pad;
    }

    /** A line through {@code (t[i], y[i])}, thinned to {@link #MAX_POINTS}. */
    SvgChart line(long[] t, double[] y, String cssClass) {
        if (t.length == 0) return this;
        body.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i : keep(y, y.length, MAX_POINTS)) point(t[i], y[i]);
        body.append("\"/>\n");
        return this;
    }

    /** The region between the line and {@code base}, thinned like {@link #line}. */
    SvgChart area(long[] t, double[] y, double base, String cssClass) {
        if (t.length == 0) return this;
        body.append("<polygon class=\"").append(cssClass).append("\" points=\"");
        point(t[0], base);
        for (int i : keep(y, y.length, MAX_POINTS)) point(t[i], y[i]);
        point(t[t.length - 1], base);
        body.append("\"/>\n");
        return this;
    }

    /**
     * One candle per bar of {@code bars}: a wick from low to high and a body from open to close,
     * spanning 70 % of the bar's width (at least 1 px). Rising bars (close ≥ open) are drawn with
     * {@code upClass}, falling ones with {@code downClass}; each class is one wick path and one
     * body path, so a few hundred candles stay a few small elements. Not thinned: callers roll
     * the candles up to a timeframe that gives a few hundred bars.
     */
    SvgChart candles(Candles bars, String upClass, String downClass) {
        StringBuilder[] wicks = {new StringBuilder(), new StringBuilder()}, bodies = {new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < bars.size(); i++) {
            int k = bars.close(i) >= bars.open(i) ? 0 : 1;
            double x0 = x(bars.openTime(i)), x1 = x(bars.closeTime(i)), mid = (x0 + x1) / 2;
            double half = Math.max(0.5, (x1 - x0) * 0.35);
            wicks[k].append('M').append(px(mid)).append(',').append(px(y(bars.high(i))))
                    .append('V').append(px(y(bars.low(i))));
            double top = y(Math.max(bars.open(i), bars.close(i))), bottom = Math.max(y(Math.min(bars.open(i), bars.close(i))), top + 0.5);
            bodies[k].append('M').append(px(mid - half)).append(',').append(px(top))
                    .append('H').append(px(mid + half)).append('V').append(px(bottom))
                    .append('H').append(px(mid - half)).append('Z');
        }
        String[] classes = {upClass, downClass};
        for (int k = 0; k < 2; k++) {
            if (bodies[k].isEmpty()) continue;
            body.append("<path class=\"wick ").append(classes[k]).append("\" d=\"").append(wicks[k]).append("\"/>\n");
            body.append("<path class=\"body ").append(classes[k]).append("\" d=\"").append(bodies[k]).append("\"/>\n");
        }
        return this;
    }

    /** A column from 0 to {@code y[i]} over each bar {@code [t[i], t[i] + widthMs)}, 70 % wide, as one path. */
    SvgChart columns(long[] t, double[] y, long widthMs, String cssClass) {
        if (t.length == 0) return this;
        body.append("<path class=\"").append(cssClass).append("\" d=\"");
        double base = y(0);
        for (int i = 0; i < t.length; i++) {
            double x0 = x(t[i]), x1 = x(t[i] + widthMs), mid = (x0 + x1) / 2, half = Math.max(0.5, (x1 - x0) * 0.35);
            body.append('M').append(px(mid - half)).append(',').append(px(base))
                    .append('V').append(px(y(y[i]))).append('H').append(px(mid + half)).append('V').append(px(base)).append('Z');
        }
        body.append("\"/>\n");
        return this;
    }

    /** Marker shapes: a triangle pointing up or down, or a dot. */
    enum Shape { UP, DOWN, DOT }

    /** A marker at {@code (t, y)} with a hover title. */
    SvgChart marker(long t, double y, Shape shape, String cssClass, String title) {
        String at = px(x(t)) + "," + px(y(y));
        switch (shape) {
            case UP -> body.append("<path transform=\"translate(").append(at).append(")\" d=\"M0,-5L5,4L-5,4Z\"");
            case DOWN -> body.append("<path transform=\"translate(").append(at).append(")\" d=\"M0,5L5,-4L-5,-4Z\"");
            case DOT -> body.append("<circle transform=\"translate(").append(at).append(")\" r=\"3.5\"");
        }
        body.append(" class=\"").append(cssClass).append("\"><title>").append(HtmlReport.escape(title))
                .append("</title></").append(shape == Shape.DOT ? "circle" : "path").append(">\n");
        return this;
    }

    /** The SVG element; {@code format} renders value-axis labels. */
    String render(String label, DoubleFunction<String> format) {
        StringBuilder svg = new StringBuilder(body.length() + 2048);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReport.escape(label)).append("\">\n");
        for (int k = 0; k <= 3; k++) {
            double v = yMin + (yMax - yMin) * k / 3;
            String y = px(y(v));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(HtmlReport.escape(format.apply(v))).append("</text>\n");
        }
        long[] ticks = {tMin, tMin + (tMax - tMin) / 2, tMax};
        String[] anchors = {"start", "middle", "end"};
        for (int k = 0; k < 3; k++) {
            svg.append("<text class=\"axis\" x=\"").append(px(x(ticks[k]))).append("\" y=\"").append(height - 6)
                    .append("\" text-anchor=\"").append(anchors[k]).append("\">")
                    .append(ArtifactTables.isoSeconds(ticks[k]).replace('T', ' ').substring(0, 16)).append("</text>\n");
        }
        return svg.append(body).append("</svg>\n").toString();
    }

    /**
     * Indices of {@code y[0..n)} to draw so that at most {@code maxPoints} remain: the first and
     * last point, and in each of {@code (maxPoints − 2) / 2} equal buckets its lowest and highest
     * point, in index order. With {@code n ≤ maxPoints} every index is kept.
     */
    static int[] keep(double[] y, int n, int maxPoints) {
        if (n <= maxPoints) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int buckets = Math.max(1, (maxPoints - 2) / 2);
        List<Integer> out = new ArrayList<>(maxPoints);
        out.add(0);
        for (int b = 0; b < buckets; b++) {
            int from = (int) (1 + (long) (n - 2) * b / buckets), to = (int) (1 + (long) (n - 2) * (b + 1) / buckets);
            if (from >= to) continue;
            int lo = from, hi = from;
            for (int i = from + 1; i < to; i++) {
                if (y[i] < y[lo]) lo = i;
                if (y[i] > y[hi]) hi = i;
            }
            out.add(Math.min(lo, hi));
            if (lo != hi) out.add(Math.max(lo, hi));
        }
        out.add(n - 1);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void point(long t, double y) {
        body.append(px(x(t))).append(',').append(px(y(y))).append(' ');
    }

    private double x(long t) { return LEFT + (double) (t - tMin) / (tMax - tMin) * (WIDTH - LEFT - RIGHT); }

    private double y(double v) { return TOP + (yMax - v) / (yMax - yMin) * (height - TOP - BOTTOM); }

    private static String px(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}

package ca.vigie.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A small trend line of the latest values, drawn by the template as an SVG polyline. The points are
 * numbers only; the text alternative is written by the template from {@link #first} and
 * {@link #last}.
 */
public record Sparkline(
        String points,
        int count,
        @Nullable ValuePoint first,
        @Nullable ValuePoint last) {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    static final int MAX_POINTS = 24;

    public static Sparkline of(List<ValuePoint> series) {
        List<ValuePoint> recent = series.subList(Math.max(0, series.size() - MAX_POINTS), series.size());
        if (recent.isEmpty()) {
            return new Sparkline("", 0, null, null);
        }
        BigDecimal min = recent.stream()
                .map(ValuePoint::value)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal max = recent.stream()
                .map(ValuePoint::value)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        double span = max.subtract(min).doubleValue();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < recent.size(); i++) {
            double x = recent.size() == 1 ? WIDTH / 2.0 : i * (WIDTH - 4.0) / (recent.size() - 1) + 2;
            double ratio = span == 0 ? 0.5 : recent.get(i).value().subtract(min).doubleValue() / span;
            double y = HEIGHT - 2 - ratio * (HEIGHT - 4);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new Sparkline(points.toString().strip(), recent.size(), recent.get(0), recent.get(recent.size() - 1));
    }
}

package org.storageharness.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart in the two forms the report keeps: PNG, shown inline in the summary and easy to paste into a forum post or
 * a ticket, and SVG, sharp at any size (print, slides).
 *
 * @param key file name without extension, e.g. {@code iops-randrw-4k-qd16x8}
 */
public record RenderedChart(String key, String title, byte[] png, String svg) {

    private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d{1,2})\\d+");

    /** Renders {@code chart} both ways. */
    public static RenderedChart render(String key, Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return new RenderedChart(key, chart.getTitle(),
                    BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG),
                    compact(svg.toString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart [" + chart.getTitle() + "]", e);
        }
    }

    /**
     * XChart draws every letter as a path with coordinates to 1/256 px, which makes a chart 200–400 kB: two decimals
     * (1/100 px, invisible) halve that. The DOCTYPE goes too: XML parsers would fetch its DTD from w3.org.
     */
    static String compact(String svg) {
        return DECIMALS.matcher(svg.replaceFirst("<!DOCTYPE[^>]*>\\s*", "")).replaceAll("$1");
    }

    /** {@code text} reduced to what a file name may hold everywhere. */
    public static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /**
     * The PNG as an {@code img} with a data URI, so the page needs no other file. Not the SVG: with its letters drawn
     * as paths it is ten times the size, and a summary holds three charts per workload.
     */
    public String html() {
        return "<img class=\"chart\" alt=\"" + Html.escape(title) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\">";
    }

    /** Charts side by side, as many as the width holds; empty for none. */
    public static String row(List<RenderedChart> charts) {
        if (charts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<div class=\"charts\">");
        charts.forEach(c -> sb.append(c.html()));
        return sb.append("</div>").toString();
    }

    /** Writes {@code <key>.png} and {@code <key>.svg} into {@code dir}. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(key + ".png"), png);
            Files.writeString(dir.resolve(key + ".svg"), svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart [" + key + "] into [" + dir + "]", e);
        }
    }
}

package org.storageharness.fio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads fio's json / json+ output robustly: skips text before the JSON, takes the last of several root documents
 * (status-interval dumps), treats percentiles and bins as optional, prefers total latency ({@code lat_ns}) when fio
 * measured its percentiles ({@code lat_percentiles=1}) and falls back to completion latency ({@code clat_ns}).
 */
public final class FioOutputParser {

    private final ObjectMapper mapper = new ObjectMapper();

    public FioReport parse(String output) {
        int start = jsonStart(output);
        if (start < 0) {
            throw new FioOutputException("fio wrote no JSON report" + excerpt(output), null);
        }
        JsonNode last = null;
        int documents = 0;
        try (JsonParser parser = mapper.getFactory().createParser(output.substring(start));
             MappingIterator<JsonNode> it = mapper.readValues(parser, JsonNode.class)) {
            while (it.hasNextValue()) {
                last = it.nextValue();
                documents++;
            }
        } catch (IOException | RuntimeException e) {
            throw new FioOutputException("fio's JSON report is incomplete or malformed (" + e.getMessage()
                    + "); was fio killed while writing it?", e);
        }
        JsonNode jobs = last.has("jobs") ? last.get("jobs") : last.get("client_stats");
        if (jobs == null || !jobs.isArray()) {
            throw new FioOutputException("fio's report has no [jobs] array" + excerpt(output), null);
        }
        List<JobStats> parsed = new ArrayList<>();
        for (JsonNode job : jobs) {
            if (!"All clients".equals(job.path("jobname").asText())) {
                parsed.add(job(job));
            }
        }
        return new FioReport(last.path("fio version").asText("unknown"), parsed, output.substring(0, start).trim(),
                documents);
    }

    /** Index of the first line that is exactly "{", or -1. */
    static int jsonStart(String output) {
        if (output.startsWith("{")) {
            return 0;
        }
        int i = output.indexOf("\n{");
        while (i >= 0) {
            int lineEnd = output.indexOf('\n', i + 1);
            String line = output.substring(i + 1, lineEnd < 0 ? output.length() : lineEnd).trim();
            if (line.equals("{")) {
                return i + 1;
            }
            i = output.indexOf("\n{", i + 1);
        }
        return -1;
    }

    private JobStats job(JsonNode job) {
        Map<Direction, DirectionStats> directions = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            directions.put(d, direction(job.path(d.key())));
        }
        return new JobStats(job.path("jobname").asText(), job.path("groupid").asInt(), job.path("error").asInt(),
                job.path("total_err").asLong(), directions);
    }

    private DirectionStats direction(JsonNode d) {
        if (d.isMissingNode()) {
            return DirectionStats.none();
        }
        JsonNode lat = d.path("lat_ns");
        boolean totalHasBins = lat.has("bins") || lat.has("percentile");
        LatencyStats latency = totalHasBins ? latency("lat_ns", lat, lat) : latency("clat_ns", d.path("clat_ns"), lat);
        return new DirectionStats(d.path("io_bytes").asLong(), d.path("total_ios").asLong(), d.path("iops").asDouble(),
                d.path("bw_bytes").asDouble(), d.path("runtime").asLong(), d.path("short_ios").asLong(),
                d.path("drop_ios").asLong(), latency);
    }

    /** Histogram from {@code source}; mean/min/max from {@code lat_ns} (total latency) whenever fio printed it. */
    private static LatencyStats latency(String source, JsonNode withBins, JsonNode total) {
        JsonNode summary = total.has("N") ? total : withBins;
        Map<Long, Long> bins = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = withBins.path("bins").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            bins.put(Long.parseLong(e.getKey()), e.getValue().asLong());
        }
        Map<String, Long> percentiles = new HashMap<>();
        withBins.path("percentile").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asLong()));
        return new LatencyStats(source, summary.path("N").asLong(), summary.path("mean").asDouble(),
                summary.path("min").asLong(), summary.path("max").asLong(), LatencyHistogram.of(bins), percentiles);
    }

    private static String excerpt(String output) {
        String trimmed = output.strip();
        if (trimmed.isEmpty()) {
            return " (the output was empty)";
        }
        return ": " + (trimmed.length() > 300 ? trimmed.substring(0, 300) + "…" : trimmed);
    }
}

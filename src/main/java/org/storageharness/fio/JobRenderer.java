package org.storageharness.fio;

import java.util.Map;

/** Writes a workload's fio options as a job file, adding what the harness needs of every job. */
public final class JobRenderer {

    private JobRenderer() {
    }

    /**
     * Renders one job section named {@code name} that does I/O on {@code filename}. Latency percentiles are taken
     * over total latency (submission + completion) so that stalls in submission are not missed.
     *
     * @param comment first line of the file (what and where), without the leading {@code #}
     */
    public static String render(String comment, String name, Map<String, String> options, String filename) {
        StringBuilder sb = new StringBuilder("# ").append(comment).append('\n');
        sb.append("[global]\n");
        sb.append("filename=").append(filename).append('\n');
        if (!options.containsKey("lat_percentiles")) {
            sb.append("lat_percentiles=1\n");
        }
        sb.append('\n').append('[').append(name).append("]\n");
        options.forEach((key, value) -> sb.append(line(key, value)).append('\n'));
        return sb.toString();
    }

    private static String line(String key, String value) {
        if (value.isEmpty() || value.equals("true")) {
            return key;
        }
        return key + "=" + (value.equals("false") ? "0" : value);
    }
}

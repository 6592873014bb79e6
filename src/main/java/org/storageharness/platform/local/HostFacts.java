package org.storageharness.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the report needs to know about this host: results from different machines are only comparable with it. */
final class HostFacts {

    private HostFacts() {
    }

    static Map<String, String> read(String fioVersion) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("host", hostname());
        facts.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("cpu", procValue(Path.of("/proc/cpuinfo"), "model name"));
        facts.put("cpu.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("ram", memTotal());
        facts.put("fio", fioVersion);
        facts.put("java", System.getProperty("java.version"));
        return facts;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }

    private static String memTotal() {
        String kb = procValue(Path.of("/proc/meminfo"), "MemTotal").replace("kB", "").trim();
        try {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private static String procValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package org.storageharness.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * What the report needs to know about this host: results from different machines are only comparable with it. Read
 * from the kernel ({@code /proc}) and the running JVM, not from system properties, which the run's settings own.
 */
final class HostFacts {

    private static final Path KERNEL = Path.of("/proc/sys/kernel");

    private HostFacts() {
    }

    static Map<String, String> read(String fioVersion) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("host", hostname());
        facts.put("kernel", kernelValue("ostype") + " " + kernelRelease());
        facts.put("cpu", procValue(Path.of("/proc/cpuinfo"), "model name"));
        facts.put("cpu.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("ram", memTotal());
        facts.put("fio", fioVersion);
        facts.put("java", javaVersion());
        return facts;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return kernelValue("hostname");
        }
    }

    /** The kernel release, as {@code uname -r} (and Java's {@code os.version}) shows it. */
    static String kernelRelease() {
        return kernelValue("osrelease");
    }

    private static String kernelValue(String name) {
        try {
            return Files.readString(KERNEL.resolve(name)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** As Java's {@code java.version} shows it: the version number and any pre-release tag, without the build. */
    private static String javaVersion() {
        Runtime.Version version = Runtime.version();
        String number = version.version().stream().map(String::valueOf).collect(Collectors.joining("."));
        return number + version.pre().map(pre -> "-" + pre).orElse("");
    }

    private static String memTotal() {
        String kb = procValue(Path.of("/proc/meminfo"), "MemTotal").replace("kB", "").trim();
        try {
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
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

package org.storageharness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.storageharness.platform.Platform;
import java.util.List;

/** The evidence a target left in a case directory, with the names the report shows, in a stable order. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** Attaches the evidence files that exist and are not empty. */
    static void attach(EvidenceSink evidence, Path caseDir) {
        list(caseDir).forEach((path, name) -> evidence.attachFile(name,
                path.toString().endsWith(".json") ? "application/json" : "text/plain", path));
    }

    /** Non-empty files only: fio's messages usually are empty. */
    static Map<Path, String> list(Path caseDir) {
        Map<Path, String> files = new LinkedHashMap<>();
        put(files, caseDir.resolve(Platform.Evidence.JOB_FILE), "fio job file");
        put(files, caseDir.resolve(Platform.Evidence.OUTPUT), "fio output (json+)");
        for (Path p : sorted(caseDir, "fio-output.*.json")) {
            String name = p.getFileName().toString();
            put(files, p, "fio output (json+) " + name.substring("fio-output.".length(), name.length() - 5));
        }
        put(files, caseDir.resolve(Platform.Evidence.MESSAGES), "fio messages");
        put(files, caseDir.resolve(Platform.Evidence.RESOURCES), "engine resources");
        for (Path p : sorted(caseDir.resolve(Platform.Evidence.CLUSTER_DIR), "*")) {
            put(files, p, "cluster " + p.getFileName());
        }
        return files;
    }

    private static void put(Map<Path, String> files, Path path, String name) {
        if (Files.isRegularFile(path) && path.toFile().length() > 0) {
            files.put(path, name);
        }
    }

    private static Iterable<Path> sorted(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

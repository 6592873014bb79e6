package org.storageharness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Attaches the evidence of a check's steps: every non-empty file under its directory, named by step and file. */
public final class StepEvidence {

    private StepEvidence() {
    }

    public static void attach(EvidenceSink evidence, Path checkDir) {
        if (!Files.isDirectory(checkDir)) {
            return;
        }
        for (Path file : files(checkDir)) {
            String name = checkDir.relativize(file).toString().replace('/', ' ').replace('\\', ' ');
            String fileName = file.getFileName().toString();
            String type = fileName.endsWith(".json") ? "application/json" : fileName.endsWith(".svg") ? "image/svg+xml"
                    : fileName.endsWith(".csv") ? "text/csv" : "text/plain";
            evidence.attachFile(name, type, file);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toFile().length() > 0).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

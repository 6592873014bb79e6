package org.storageharness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.storageharness.check.CheckSteps;
import org.storageharness.platform.Platform;

/**
 * A check's steps as steps of its evidence: when a step ends, however it ends, it carries the files that appeared
 * under the check's directory while it ran (its own, and what a background pod started earlier left meanwhile),
 * each non-empty file once, named by its path below the step's directory.
 */
public final class CheckStepEvidence implements CheckSteps {

    /** A step's job file before what fio made of it; otherwise by path. */
    private static final Comparator<Path> JOB_FILE_FIRST = Comparator.comparing((Path p) -> !p.getFileName()
            .toString().equals(Platform.Evidence.JOB_FILE)).thenComparing(Comparator.naturalOrder());

    private final EvidenceSink evidence;
    private final Path checkDir;
    private final Set<Path> attached = new HashSet<>();

    /** @param checkDir the directory under which the check writes every step's evidence */
    public CheckStepEvidence(EvidenceSink evidence, Path checkDir) {
        this.evidence = evidence;
        this.checkDir = checkDir;
    }

    @Override
    public <T> T step(String name, Path dir, Phase<T> phase) throws InterruptedException {
        return evidence.step(name, () -> {
            try {
                return phase.run();
            } finally {
                attachNew(dir);
            }
        });
    }

    /** Attaches what no step has carried yet (written after the last step ended, or outside every step). */
    public void attachRest() {
        attachNew(checkDir);
    }

    private void attachNew(Path stepDir) {
        for (Path file : files(checkDir)) {
            if (attached.add(file)) {
                Path base = file.startsWith(stepDir) ? stepDir : checkDir;
                evidence.attachFile(base.relativize(file).toString().replace('/', ' ').replace('\\', ' '),
                        type(file.getFileName().toString()), file);
            }
        }
    }

    private static String type(String fileName) {
        return fileName.endsWith(".json") ? "application/json" : fileName.endsWith(".svg") ? "image/svg+xml"
                : fileName.endsWith(".csv") ? "text/csv" : "text/plain";
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toFile().length() > 0).sorted(JOB_FILE_FIRST).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence in [" + dir + "]", e);
        }
    }
}

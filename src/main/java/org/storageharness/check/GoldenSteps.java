package org.storageharness.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storageharness.fio.FioFailure;

/**
 * A check's numbered steps, each with its own evidence directory, shown as progress and as a step of the report; and
 * writing and verifying golden data as such steps. A failed verification becomes a {@code Data mismatch:} failure of
 * the check, and fails its step; any other fio failure breaks the step and the check.
 */
final class GoldenSteps {

    private final VolumeIo io;
    private final CheckProgress progress;
    private final CheckSteps report;
    private final Path dir;
    private final String where;
    private int step;

    /** The work of a step, given its evidence directory. */
    @FunctionalInterface
    interface Work<T> {
        T run(Path stepDir) throws InterruptedException;
    }

    /**
     * @param report where the steps go in the report
     * @param where {@code <engine> · <check>}, the start of every message
     */
    <L extends VolumeIo & CheckProgress> GoldenSteps(L lab, CheckSteps report, Path dir, String where) {
        this.io = lab;
        this.progress = lab;
        this.report = report;
        this.dir = dir;
        this.where = where;
    }

    /** Runs {@code work} as the next step, its evidence in a folder named after it: {@code 01-write-generation-a}. */
    <T> T step(String name, Work<T> work) throws InterruptedException {
        step++;
        progress.progress(where + ": " + name);
        Path stepDir = dir.resolve(String.format(Locale.ROOT, "%02d-%s", step, name.replaceAll("[^a-zA-Z0-9]+", "-")
                .toLowerCase(Locale.ROOT)));
        return report.step(name, stepDir, () -> work.run(stepDir));
    }

    VolumeIo.PodRun write(Volumes.Volume volume, GoldenData data, String label, VolumeIo.Placement placement)
            throws InterruptedException {
        return step("write " + label, d -> io.run(volume, data.seed(), placement, d));
    }

    /**
     * Verifies that {@code volume} holds {@code data}; a mismatch is added to {@code failures} and the run is empty.
     *
     * @param what the volume in words, for the message ({@code the restored volume})
     */
    Optional<VolumeIo.PodRun> verify(Volumes.Volume volume, GoldenData data, String label, String what,
                                      VolumeIo.Placement placement, List<String> failures)
            throws InterruptedException {
        try {
            return Optional.of(step("verify " + label, d -> {
                try {
                    return io.run(volume, data.verify(), placement, d);
                } catch (FioFailure e) {
                    throw new Mismatch(data.mismatch(where + ": " + what, e).orElseThrow(() -> e));
                }
            }));
        } catch (Mismatch m) {
            failures.add(m.getMessage());
            return Optional.empty();
        }
    }

    /** A data mismatch on its way out of its step, which it fails; the check records it and goes on. */
    private static final class Mismatch extends AssertionError {

        Mismatch(String message) {
            super(message);
        }

        /** The message and fio's evidence tell what happened; the harness's stack does not. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}

package org.storageharness.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storageharness.fio.FioFailure;

/**
 * Writing and verifying golden data as numbered steps of a check, each with its own evidence directory. A failed
 * verification becomes a {@code Data mismatch:} failure of the check; any other fio failure breaks the check.
 */
final class GoldenSteps {

    private final VolumeIo io;
    private final CheckProgress progress;
    private final Path dir;
    private final String where;
    private int step;

    /**
     * @param where {@code <engine> · <check>}, the start of every message
     */
    <L extends VolumeIo & CheckProgress> GoldenSteps(L lab, Path dir, String where) {
        this.io = lab;
        this.progress = lab;
        this.dir = dir;
        this.where = where;
    }

    /** The evidence directory of the next step: {@code 01-write-generation-a}. */
    Path next(String name) {
        step++;
        progress.progress(where + ": " + name);
        return dir.resolve(String.format(Locale.ROOT, "%02d-%s", step, name.replaceAll("[^a-zA-Z0-9]+", "-")
                .toLowerCase(Locale.ROOT)));
    }

    VolumeIo.PodRun write(Volumes.Volume volume, GoldenData data, String label, VolumeIo.Placement placement)
            throws InterruptedException {
        return io.run(volume, data.seed(), placement, next("write " + label));
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
            return Optional.of(io.run(volume, data.verify(), placement, next("verify " + label)));
        } catch (FioFailure e) {
            Optional<String> mismatch = data.mismatch(where + ": " + what, e);
            if (mismatch.isEmpty()) {
                throw e;
            }
            failures.add(mismatch.get());
            return Optional.empty();
        }
    }
}

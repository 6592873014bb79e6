package org.storageharness.fio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One fio run: the job file, where fio runs, where its report goes, extra environment and a deadline.
 *
 * @param jobFile fio job file
 * @param workDir fio's working directory (relative file names land here)
 * @param outputFile json+ report written by fio
 * @param environment variables for {@code ${VAR}} in job files (TARGET, TARGET_DIR, ...)
 * @param timeout deadline after which fio's whole process tree is killed
 */
public record FioInvocation(Path jobFile, Path workDir, Path outputFile, Map<String, String> environment,
                            Duration timeout) {

    public FioInvocation {
        environment = Map.copyOf(environment);
    }
}

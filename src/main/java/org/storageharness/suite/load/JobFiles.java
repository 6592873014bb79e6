package org.storageharness.suite.load;

import org.storageharness.suite.ConfigurationException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds a workload's fio job file ({@code jobFile:}, relative to the suite file). It must lie in {@code suites/} and
 * be a small text file; one that cannot be used stops the loading at once, since the suite cannot run without it.
 */
final class JobFiles {

    private JobFiles() {
    }

    /**
     * @param suiteDir the folder of the suite file, which is {@code suites/}
     * @return the job file; null when the entry gives no path (a problem is recorded unless one was already)
     */
    static Path resolve(Fields f, Path suiteDir) {
        String name = f.string("jobFile", "");
        if (name.isBlank()) {
            if (f.node("jobFile") instanceof YamlNode.Scalar s && s.value() != null) {
                f.report("jobFile", "empty path; name the fio job file relative to the suite file");
            }
            return null;
        }
        Path file;
        try {
            file = suiteDir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw problem(f, "[" + name + "] is not a file path; name the fio job file relative to the suite file");
        }
        if (!file.toAbsolutePath().startsWith(suiteDir.toAbsolutePath().normalize())) {
            throw problem(f, "the fio job file [" + file + "] is outside [" + suiteDir + "]; move it under suites/"
                    + " (for example suites/jobs/) and name it relative to the suite file");
        }
        if (!Files.exists(file)) {
            throw problem(f, "the fio job file [" + file + "] does not exist; create it, or correct the path"
                    + " (relative to [" + suiteDir + "])");
        }
        TextFiles.read(file, suiteDir, FileKind.JOB_FILE);
        return file;
    }

    private static ConfigurationException problem(Fields f, String message) {
        return new ConfigurationException(Fields.problem(f.node("jobFile"), message));
    }
}

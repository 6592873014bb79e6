package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storageharness.suite.load.LoaderFailures.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workload's {@code jobFile} must be a small text file inside {@code suites/}; anything else stops the loading with
 * one line naming the suite's entry or the job file, and the fix.
 */
class BadJobFilesTest {

    private static final String ENGINE = "engines:\n  - id: host\n    local: {path: vol}\n";
    private static final String OTHER_FILE = "point the workload's [jobFile] at another file under suites/";

    private final Path dir;
    private final SuiteFiles files;
    private final Path suites;

    BadJobFilesTest(@TempDir Path dir) throws IOException {
        this.dir = dir;
        files = new SuiteFiles(dir);
        suites = files.suitesDir();
    }

    private void load() {
        files.loader().load("t", Overrides.none());
    }

    private Path suiteNaming(String jobFile) throws Exception {
        return files.write("t", ENGINE + "workloads:\n  - {id: mine, jobFile: '" + jobFile + "'}\n");
    }

    @Test
    void readsAJobFileInsideTheSuitesFolder() throws Exception {
        files.writeBytes("jobs/mine.fio", "[w]\nrw=randwrite\n".getBytes(StandardCharsets.UTF_8));
        suiteNaming("jobs/mine.fio");

        assertThat(files.loader().load("t", Overrides.none()).workloads().get(0).jobFile())
                .isEqualTo(suites.resolve("jobs/mine.fio"));
    }

    @Test
    void refusesAMissingJobFile() throws Exception {
        Path suite = suiteNaming("jobs/nope.fio");

        assertRefused(this::load, "Configuration error: " + suite + ":5 workloads[0].jobFile: the fio"
                + " job file [" + suites.resolve("jobs/nope.fio") + "] does not exist; create it, or correct the path"
                + " (relative to [" + suites + "])");
    }

    @ParameterizedTest(name = "given as an absolute path: {0}")
    @ValueSource(booleans = {false, true})
    void refusesAJobFileOutsideTheSuitesFolder(boolean absolute) throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.fio"), "[w]\nrw=read\n");
        Path suite = suiteNaming(absolute ? outside.toString() : "../outside.fio");

        assertRefused(this::load, "Configuration error: " + suite + ":5 workloads[0].jobFile: the fio job file ["
                + outside + "] is outside [" + suites + "]; move it under suites/ (for example suites/jobs/) and name"
                + " it relative to the suite file");
    }

    @Test
    void refusesAJobFileThatLinksOutOfTheSuitesFolder() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.fio"), "[w]\nrw=read\n");
        Files.createDirectories(suites.resolve("jobs"));
        Path link = Files.createSymbolicLink(suites.resolve("jobs/link.fio"), outside);
        suiteNaming("jobs/link.fio");

        assertRefused(this::load, "Configuration error: " + link + ": the path is a link to ["
                + outside.toRealPath() + "], outside [" + suites + "]; copy the fio job file into [" + suites
                + "] instead of linking to it");
    }

    @Test
    void refusesADirectoryAsJobFile() throws Exception {
        Path folder = Files.createDirectories(suites.resolve("jobs"));
        suiteNaming("jobs");

        assertRefused(this::load, "Configuration error: " + folder + ": the path is a directory, not a fio job"
                + " file; " + OTHER_FILE);
    }

    static Stream<Arguments> badContent() {
        return Stream.of(
                Arguments.of("empty", new byte[0], ": the file is empty; write a fio job ([global] options and one"
                        + " [section] per job) into it, or " + OTHER_FILE),
                Arguments.of("binary", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xc3, 0x28}, ": the file is"
                        + " not UTF-8 text (byte [0xC3] at offset 8); save the fio job file as UTF-8 text, or "
                        + OTHER_FILE),
                Arguments.of("over 1 MiB", ("[w]\n" + ";".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8),
                        ": the file has 1048581 bytes, more than the 1 MiB (1048576 bytes) a fio job file may have;"
                                + " check that it is the file you meant, or " + OTHER_FILE));
    }

    @ParameterizedTest(name = "job file: {0}")
    @MethodSource("badContent")
    void refusesAJobFileThatIsNotSmallText(String what, byte[] content, String problem) throws Exception {
        Path job = files.writeBytes("jobs/bad.fio", content);
        suiteNaming("jobs/bad.fio");

        assertRefused(this::load, "Configuration error: " + job + problem);
    }
}

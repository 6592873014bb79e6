package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.storageharness.suite.load.LoaderFailures.OTHER_SUITE;
import static org.storageharness.suite.load.LoaderFailures.RESTORE;
import static org.storageharness.suite.load.LoaderFailures.SUITE;
import static org.storageharness.suite.load.LoaderFailures.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A suite name or a suite or catalog path that does not lead to a file inside {@code suites/} stops the loading with
 * one line naming the file (or the name) and the fix.
 */
class BadSuitePathsTest {

    private final Path dir;
    private final SuiteFiles files;
    private final Path suites;

    BadSuitePathsTest(@TempDir Path dir) throws IOException {
        this.dir = dir;
        files = new SuiteFiles(dir);
        files.write("t", SUITE);
        suites = files.suitesDir();
    }

    @Test
    void anUnknownNameListsTheAvailableSuites() {
        assertRefused(() -> files.loader().load("nope", Overrides.none()), "Configuration error: unknown suite [nope];"
                + " available suites: [t] (files in " + suites + "); choose one with -Dsuite=NAME");
    }

    @ParameterizedTest(name = "-Dsuite={0}")
    @ValueSource(strings = {"../t", "catalog/engines", "..", "..t", "a\\b"})
    void refusesASuiteNameThatCouldReachOutsideTheSuitesFolder(String name) {
        assertRefused(() -> files.loader().load(name, Overrides.none()), "Configuration error: suite name [" + name
                + "]: a suite is a file NAME.yaml in [" + suites + "], so its name has no '/', '\\' or '..';"
                + " available suites: [t]; choose one with -Dsuite=NAME");
    }

    @Test
    void refusesADirectoryNamedAsTheSuite() throws Exception {
        Path folder = Files.createDirectories(suites.resolve("folder.yaml"));

        assertRefused(() -> files.loader().load("folder", Overrides.none()), "Configuration error: " + folder
                + ": the path is a directory, not a suite file; " + OTHER_SUITE);
        assertThat(files.loader().available()).containsExactly("t");
    }

    @Test
    void refusesASuiteFileThatIsNotARegularFile() throws Exception {
        Path fifo = suites.resolve("pipe.yaml");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo works").isZero();

        assertRefused(() -> files.loader().load("pipe", Overrides.none()), "Configuration error: " + fifo
                + ": the path is not a regular file (a pipe, socket or device); " + OTHER_SUITE);
    }

    @Test
    void refusesAnUnreadableSuiteFile() throws Exception {
        Path file = files.write("locked", SUITE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("not running as root, which reads any file").isFalse();

        assertRefused(() -> files.loader().load("locked", Overrides.none()), "Configuration error: " + file
                + ": the file cannot be read (permission denied); make it readable for this user, or " + OTHER_SUITE);
    }

    @Test
    void refusesASuiteFileThatLinksOutOfTheSuitesFolder() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.yaml"), SUITE);
        Path link = Files.createSymbolicLink(suites.resolve("away.yaml"), outside);

        assertRefused(() -> files.loader().load("away", Overrides.none()), "Configuration error: " + link
                + ": the path is a link to [" + outside.toRealPath() + "], outside [" + suites + "]; copy the suite"
                + " file into [" + suites + "] instead of linking to it");
    }

    @Test
    void followsALinkThatStaysInTheSuitesFolder() throws Exception {
        Files.createSymbolicLink(suites.resolve("same.yaml"), suites.resolve("t.yaml"));

        assertThat(files.loader().load("same", Overrides.none()).engines()).hasSize(1);
    }

    @Test
    void refusesAMissingCatalog() throws Exception {
        Path catalog = suites.resolve("catalog/engines.yaml");
        Files.delete(catalog);

        assertRefused(() -> files.loader().load("t", Overrides.none()), "Configuration error: " + catalog
                + ": the catalog file does not exist; " + RESTORE);
    }

    @Test
    void refusesACatalogThatIsADirectory() throws Exception {
        Path catalog = suites.resolve("catalog/workloads.yaml");
        Files.delete(catalog);
        Files.createDirectory(catalog);

        assertRefused(() -> files.loader().load("t", Overrides.none()), "Configuration error: " + catalog
                + ": the path is a directory, not a catalog file; " + RESTORE);
    }

    @Test
    void refusesACatalogThatLinksOutOfTheSuitesFolder() throws Exception {
        Path catalog = suites.resolve("catalog/engines.yaml");
        Path outside = Files.move(catalog, dir.resolve("engines.yaml"));
        Files.createSymbolicLink(catalog, outside);

        assertRefused(() -> files.loader().load("t", Overrides.none()), "Configuration error: " + catalog
                + ": the path is a link to [" + outside.toRealPath() + "], outside [" + suites + "]; copy the catalog"
                + " file into [" + suites + "] instead of linking to it");
    }

    @Test
    void aBrokenSuiteFileDoesNotStopAnotherSuite() throws Exception {
        files.writeBytes("broken.yaml", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        files.write("tabs", "engines:\n\t- id: x\n");

        assertThat(files.loader().available()).containsExactly("broken", "t", "tabs");
        assertThat(files.loader().load("t", Overrides.none()).engines()).hasSize(1);
    }
}

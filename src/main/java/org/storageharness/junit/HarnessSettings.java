package org.storageharness.junit;

import java.nio.file.Path;

/**
 * Where things are, from system properties that the Maven build sets: {@code harness.basedir} (project folder),
 * {@code harness.output}, {@code allure.results.directory}, {@code suite}, {@code fio.path}, {@code baseline},
 * {@code baseline.update}, {@code history.dir}.
 */
record HarnessSettings(Path basedir, Path output, Path allureResults, String suite, String fioPath, Path baseline,
                       boolean baselineUpdate, Path historyDir) {

    static HarnessSettings fromSystemProperties() {
        Path basedir = Path.of(System.getProperty("harness.basedir", ".")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("harness.output", basedir.resolve("target/storage-harness")
                .toString()));
        Path allure = Path.of(System.getProperty("allure.results.directory", basedir.resolve("target/allure-results")
                .toString()));
        String baseline = System.getProperty("baseline", "");
        return new HarnessSettings(basedir, output, allure, System.getProperty("suite", "smoke"),
                System.getProperty("fio.path", "fio"), baseline.isBlank() ? null : basedir.resolve(baseline),
                Boolean.parseBoolean(System.getProperty("baseline.update")),
                basedir.resolve(System.getProperty("history.dir", ".results-history")));
    }

    Path suitesDir() {
        return basedir.resolve("suites");
    }
}

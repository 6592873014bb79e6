package org.storageharness.settings;

import java.nio.file.Path;

/**
 * Where a run reads and writes; the pom sets the first three for the storage suites.
 *
 * @param basedir the project folder ({@code -Dharness.basedir}; default the working directory), absolute
 * @param output the run's output: results record, summary, evidence ({@code -Dharness.output}; default
 *        {@code <basedir>/target/storage-harness})
 * @param allureResults Allure's results folder ({@code -Dallure.results.directory}; default
 *        {@code <basedir>/target/allure-results})
 * @param historyDir results records of past runs, for trends ({@code -Dhistory.dir}, relative to the project folder;
 *        default {@code .results-history})
 */
public record RunPaths(Path basedir, Path output, Path allureResults, Path historyDir) {

    static RunPaths read(CommandLine line) {
        Path basedir = Path.of(line.text(Option.HARNESS_BASEDIR, ".")).toAbsolutePath().normalize();
        return new RunPaths(basedir,
                Path.of(line.text(Option.HARNESS_OUTPUT, basedir.resolve("target/storage-harness").toString())),
                Path.of(line.text(Option.ALLURE_RESULTS, basedir.resolve("target/allure-results").toString())),
                basedir.resolve(line.text(Option.HISTORY_DIR, ".results-history")));
    }

    /** Where {@code mvn verify} writes the Allure report after the tests (allure-maven's folder under the pom's). */
    public Path allureReport() {
        return basedir.resolve("target/site/allure-maven-plugin");
    }

    /** Where {@code mvn verify} unpacks the Allure command line before the tests. */
    public Path allureCli() {
        return basedir.resolve("target/allure-cli");
    }

    /** The suite files: {@code <basedir>/suites}. */
    public Path suitesDir() {
        return basedir.resolve("suites");
    }
}

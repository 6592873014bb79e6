package org.storageharness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's options tables and {@link Option} list the same options. Options the pom sets for the harness
 * ({@link Option#internal()}) are not for users and stay out of the README; {@code -DskipUnitTests} is the pom's own
 * switch, and {@code -Dtest}, {@code -Dit.test}, {@code -DskipTests}, {@code -DskipITs} are Surefire's and Failsafe's:
 * the harness never reads them.
 */
class ReadmeOptionsTest {

    private static final List<String> SECTIONS = List.of("## Command-line options", "## Running on Kubernetes");
    private static final Set<String> BUILD_ONLY = Set.of("skipUnitTests", "test", "it.test", "skipTests", "skipITs");
    private static final Pattern OPTION = Pattern.compile("`-D([A-Za-z0-9.]+)");

    @Test
    void everyOptionIsInTheReadmeAndEveryReadmeOptionIsDeclared() throws IOException {
        Set<String> readme = readmeOptions();
        Set<String> declared = Option.documented().stream().map(Option::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).as("options missing from the README's tables; add rows such as%n%s",
                Option.documented().stream().filter(o -> !readme.contains(o.key())).map(Option::tableRow)
                        .collect(Collectors.joining("\n"))).isSubsetOf(readme);
        assertThat(readme).as("README options that the settings do not read (stale rows, or add them to Option)")
                .isSubsetOf(declared);
    }

    /** The {@code -D} names in the first column of the option tables of the README's options sections. */
    private static Set<String> readmeOptions() throws IOException {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        List<String> lines = Files.readAllLines(basedir.resolve("README.md"));
        Set<String> options = new TreeSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = SECTIONS.contains(line.strip());
            } else if (inSection && line.startsWith("| `-D")) {
                Matcher m = OPTION.matcher(firstCell(line));
                while (m.find()) {
                    options.add(m.group(1));
                }
            }
        }
        options.removeAll(BUILD_ONLY);
        return options;
    }

    /** A row's first cell; {@code \|} inside it is part of the cell, not a border. */
    private static String firstCell(String row) {
        String[] cells = row.substring(1).split("(?<!\\\\)\\|");
        return cells[0];
    }
}

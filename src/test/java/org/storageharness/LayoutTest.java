package org.storageharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of ARCHITECTURE.md, read from the main sources: no package cycles, settings read in one place. */
class LayoutTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?(org\\.storageharness[\\w.]*)\\.[\\w*]+;");
    private static final Pattern SETTINGS_READ = Pattern.compile("System\\.(getProperty|getProperties|getenv)\\b");

    private static final Map<Path, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                SOURCES.put(f, Files.readString(f));
            }
        }
    }

    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        Map<String, Set<String>> arrows = arrows();
        List<List<String>> cycles = new ArrayList<>();
        for (String from : arrows.keySet()) {
            findCycle(from, from, arrows, new ArrayList<>(List.of(from)), new HashSet<>()).ifPresent(cycles::add);
        }
        assertThat(cycles).as("package cycles (each listed from one of its packages)").isEmpty();
    }

    @Test
    void onlyTheCompositionRootReadsSystemPropertiesAndTheEnvironment() {
        Set<String> readers = new TreeSet<>();
        SOURCES.forEach((file, text) -> {
            if (SETTINGS_READ.matcher(text).find()) {
                readers.add(MAIN.relativize(file).toString());
            }
        });
        assertThat(readers).containsExactly("org/storageharness/junit/SessionResource.java");
    }

    @Test
    void classesStaySmall() {
        Map<String, Long> large = new TreeMap<>();
        SOURCES.forEach((file, text) -> {
            long lines = text.lines().count();
            if (lines > 250) {
                large.put(MAIN.relativize(file).toString(), lines);
            }
        });
        assertThat(large).as("classes over 250 lines: split them by job").isEmpty();
    }

    private static Map<String, Set<String>> arrows() {
        Set<String> packages = new HashSet<>();
        SOURCES.values().forEach(text -> packages.add(packageOf(text)));
        Map<String, Set<String>> arrows = new TreeMap<>();
        SOURCES.values().forEach(text -> {
            String from = packageOf(text);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String to = m.group(1);
                while (!packages.contains(to) && to.contains(".")) {
                    to = to.substring(0, to.lastIndexOf('.'));
                }
                if (packages.contains(to) && !to.equals(from)) {
                    arrows.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        });
        return arrows;
    }

    private static Optional<List<String>> findCycle(String start, String at, Map<String, Set<String>> arrows,
                                                              List<String> path, Set<String> seen) {
        for (String next : arrows.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.add(next);
                var found = findCycle(start, next, arrows, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}

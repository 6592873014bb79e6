package org.storageharness.suite.load;

import static org.storageharness.suite.load.LoaderFailures.OTHER_SUITE;
import static org.storageharness.suite.load.LoaderFailures.RESTORE;
import static org.storageharness.suite.load.LoaderFailures.SUITE;
import static org.storageharness.suite.load.LoaderFailures.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Collections;

/**
 * A suite or catalog file whose bytes are not a small YAML mapping stops the loading with one line: the file, what is
 * wrong, how to fix it. Each case is one class of bad input, written into a temp copy of {@code suites/}.
 */
class BadFileContentTest {

    private static final String SUITE_FIX = "write a YAML mapping with at least [engines] and [workloads]"
            + " (see suites/smoke.yaml)";
    private static final String KINDS_FIX = "write the YAML mapping [kinds] of engine kinds";
    private static final String WORKLOADS_FIX = "write the YAML mapping [workloads] of workloads";

    private final SuiteFiles files;

    BadFileContentTest(@TempDir Path dir) throws IOException {
        files = new SuiteFiles(dir);
        files.write("t", SUITE);
    }

    static Stream<Arguments> badSuiteFiles() {
        return Stream.of(
                bad("empty", "", ": the file is empty; " + SUITE_FIX + " into it, or " + OTHER_SUITE),
                bad("only comments", "# to do\n", ": the file holds only comments; " + SUITE_FIX + " into it, or "
                        + OTHER_SUITE),
                bad("binary, not UTF-8", png(), ": the file is not UTF-8 text (byte [0x89] at offset 0); save the suite"
                        + " file as UTF-8 text, or " + OTHER_SUITE),
                bad("binary, control characters", "engines: []\nworkloads: \u0000\u0001\n", ":2: the file holds the"
                        + " control character [U+0000], so it is not text; save the suite file as UTF-8 text, or "
                        + OTHER_SUITE),
                bad("tab indentation", "engines:\n\t- id: host\n", ":2: a tab character (column 1) where YAML needs"
                        + " spaces; indent and separate with spaces only"),
                bad("aliases that expand", aliasBomb(), ":2: the YAML alias [*a] is not allowed (an alias can blow a"
                        + " small file up into a huge one); write the value out in full"),
                bad("nested too deep", "engines: " + "[".repeat(25) + "]".repeat(25) + "\n", ":1: the YAML nests"
                        + " deeper than 20 levels; a suite file needs only a few, so flatten it"),
                bad("over 1 MiB", huge(), ": the file has 1048601 bytes, more than the 1 MiB (1048576 bytes) a suite"
                        + " file may have; check that it is the file you meant, or " + OTHER_SUITE),
                bad("duplicate key", SUITE + "workloads: [randwrite-1m-1x]\n", ":5 workloads: the key is given twice"
                        + " in this mapping (first on line 4); keep one of the two"),
                bad("top level a list", "- engines\n- workloads\n", ":1: the top level is a list, not a mapping; "
                        + SUITE_FIX + ", or " + OTHER_SUITE),
                bad("top level a scalar", "engines and workloads\n", ":1: the top level is a scalar, not a mapping; "
                        + SUITE_FIX + ", or " + OTHER_SUITE),
                bad("broken syntax", "engines: [host\n", ":2: not valid YAML: expected ',' or ']', but got <stream"
                        + " end>; correct the syntax on this line"));
    }

    @ParameterizedTest(name = "suite file: {0}")
    @MethodSource("badSuiteFiles")
    void refusesASuiteFileThatIsNotASmallYamlMapping(String what, byte[] content, String problem) throws Exception {
        Path file = files.writeBytes("t.yaml", content);

        assertRefused(() -> files.loader().load("t", Overrides.none()), "Configuration error: " + file + problem);
    }

    static Stream<Arguments> badCatalogs() {
        return Stream.of(
                bad("engines.yaml empty", "", ": the file is empty; " + KINDS_FIX + " into it, or " + RESTORE),
                bad("engines.yaml binary", png(), ": the file is not UTF-8 text (byte [0x89] at offset 0); save the"
                        + " catalog file as UTF-8 text, or " + RESTORE),
                bad("engines.yaml tab indentation", "kinds:\n\tgeneric: {}\n", ":2: a tab character (column 1) where"
                        + " YAML needs spaces; indent and separate with spaces only"),
                bad("engines.yaml aliases", aliasBomb(), ":2: the YAML alias [*a] is not allowed (an alias can blow a"
                        + " small file up into a huge one); write the value out in full"),
                bad("engines.yaml nested too deep", "kinds: " + "{a: ".repeat(21) + "x" + "}".repeat(21) + "\n",
                        ":1: the YAML nests deeper than 20 levels; a catalog file needs only a few, so flatten it"),
                bad("engines.yaml over 1 MiB", huge(), ": the file has 1048601 bytes, more than the 1 MiB (1048576"
                        + " bytes) a catalog file may have; check that it is the file you meant, or " + RESTORE),
                bad("engines.yaml duplicate key", "kinds:\n  generic: {}\n  generic: {}\n", ":3 kinds.generic: the key"
                        + " is given twice in this mapping (first on line 2); keep one of the two"),
                bad("engines.yaml top level a list", "- generic\n", ":1: the top level is a list, not a mapping; "
                        + KINDS_FIX + ", or " + RESTORE),
                bad("workloads.yaml empty", "", ": the file is empty; " + WORKLOADS_FIX + " into it, or " + RESTORE),
                bad("workloads.yaml top level a scalar", "randread\n", ":1: the top level is a scalar, not a mapping; "
                        + WORKLOADS_FIX + ", or " + RESTORE),
                bad("workloads.yaml binary", new byte[] {'w', 0, 0, 0}, ":1: the file holds the control character"
                        + " [U+0000], so it is not text; save the catalog file as UTF-8 text, or " + RESTORE));
    }

    @ParameterizedTest(name = "catalog: {0}")
    @MethodSource("badCatalogs")
    void refusesACatalogThatIsNotASmallYamlMapping(String what, byte[] content, String problem) throws Exception {
        Path catalog = files.writeBytes("catalog/" + what.substring(0, what.indexOf(' ')), content);

        assertRefused(() -> files.loader().load("t", Overrides.none()), "Configuration error: " + catalog + problem);
    }

    private static Arguments bad(String what, String content, String problem) {
        return bad(what, content.getBytes(StandardCharsets.UTF_8), problem);
    }

    private static Arguments bad(String what, byte[] content, String problem) {
        return Arguments.of(what, content, problem);
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** Nine levels of nine aliases each would be 9^9 nodes once expanded: the "billion laughs". */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String previous = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    /** A valid first line, then comments beyond the bound: 1 MiB + 25 bytes. */
    private static String huge() {
        String first = "description: far too big\n";
        return first + "#".repeat((1 << 20) - 1) + "\n";
    }
}

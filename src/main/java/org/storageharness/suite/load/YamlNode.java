package org.storageharness.suite.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/** A parsed YAML value that remembers where it was written, so validation can name file, line and key. */
sealed interface YamlNode {

    Path file();

    int line();

    String path();

    /** A mapping; keys keep their order and their own line numbers. */
    record Mapping(Path file, int line, String path, LinkedHashMap<String, YamlNode> entries) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(Path file, int line, String path, List<YamlNode> items) implements YamlNode {
    }

    /** A scalar; {@code value} is null for YAML null ({@code ~} or empty). */
    record Scalar(Path file, int line, String path, String value) implements YamlNode {
    }

    default String kind() {
        if (this instanceof Mapping) {
            return "a mapping";
        }
        return this instanceof Sequence ? "a list" : "a scalar";
    }
}

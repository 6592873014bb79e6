package org.storageharness.suite.load;

import org.storageharness.suite.Problem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads YAML files into {@link YamlNode} trees with line numbers (SnakeYAML's composer keeps the marks). */
final class YamlFiles {

    private YamlFiles() {
    }

    /** Parses {@code file}; syntax errors and duplicate keys become problems, and an unusable file yields null. */
    static YamlNode read(Path file, List<Problem> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(new Problem(file, 0, "", "the file is empty"));
                return null;
            }
            return convert(file, root, "", problems);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(file, line, "", "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return null;
    }

    private static YamlNode convert(Path file, Node node, String path, List<Problem> problems) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode mapping) {
            LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (entries.containsKey(key)) {
                    problems.add(new Problem(file, tuple.getKeyNode().getStartMark().getLine() + 1, childPath,
                            "duplicate key; remove one of the two"));
                }
                entries.put(key, convert(file, tuple.getValueNode(), childPath, problems));
            }
            return new YamlNode.Mapping(file, line, path, entries);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(file, item, path + "[" + items.size() + "]", problems));
            }
            return new YamlNode.Sequence(file, line, path, items);
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        return new YamlNode.Scalar(file, line, path, value);
    }
}

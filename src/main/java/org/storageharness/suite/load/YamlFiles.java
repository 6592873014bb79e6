package org.storageharness.suite.load;

import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML files into {@link YamlNode} trees with line numbers (SnakeYAML's composer keeps the marks). A file that
 * is not a readable YAML mapping stops the loading with a {@link ConfigurationException} naming the file and the fix;
 * what the mapping says is left to the readers, which collect every problem.
 */
final class YamlFiles {

    private YamlFiles() {
    }

    /**
     * @param root the {@code suites/} folder the file must lie in
     * @return the file's top-level mapping, never null
     */
    static YamlNode.Mapping read(Path file, Path root, FileKind kind) {
        Node node = compose(file, TextFiles.read(file, root, kind), kind);
        if (node == null) {
            throw TextFiles.refuse(file, 0, "the file holds only comments; write " + kind.content() + " into it, or "
                    + kind.elsewhere());
        }
        YamlNode top = convert(file, node, "");
        if (!(top instanceof YamlNode.Mapping mapping)) {
            throw TextFiles.refuse(file, top.line(), "the top level is " + top.kind() + ", not a mapping; write "
                    + kind.content() + ", or " + kind.elsewhere());
        }
        return mapping;
    }

    private static Node compose(Path file, String text, FileKind kind) {
        LoaderOptions options = new LoaderOptions();
        try {
            BoundedParser parser = new BoundedParser(new ParserImpl(new StreamReader(text), options), file, kind);
            return new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw syntax(file, e);
        } catch (YAMLException e) {
            throw TextFiles.refuse(file, 0, "not valid YAML: " + e.getMessage() + "; correct the file, or "
                    + kind.elsewhere());
        }
    }

    private static ConfigurationException syntax(Path file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        if (mark != null && mark.getBuffer() != null && mark.getPointer() < mark.getBuffer().length
                && mark.getBuffer()[mark.getPointer()] == '\t') {
            return TextFiles.refuse(file, line, "a tab character (column " + (mark.getColumn() + 1) + ") where YAML"
                    + " needs spaces; indent and separate with spaces only");
        }
        return TextFiles.refuse(file, line, "not valid YAML: " + Objects.requireNonNullElse(e.getProblem(),
                e.getContext()) + "; correct the syntax on this line");
    }

    private static YamlNode convert(Path file, Node node, String path) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode mapping) {
            return new YamlNode.Mapping(file, line, path, entries(file, mapping, path));
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(file, item, path + "[" + items.size() + "]"));
            }
            return new YamlNode.Sequence(file, line, path, items);
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        return new YamlNode.Scalar(file, line, path, value);
    }

    /** A key given twice is refused: YAML forbids it, and which value was meant is anyone's guess. */
    private static LinkedHashMap<String, YamlNode> entries(Path file, MappingNode mapping, String path) {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            String childPath = path.isEmpty() ? key : path + "." + key;
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
            Integer first = keyLines.putIfAbsent(key, keyLine);
            if (first != null) {
                throw new ConfigurationException(new Problem(file, keyLine, childPath, "the key is given twice in"
                        + " this mapping (first on line " + first + "); keep one of the two"));
            }
            entries.put(key, convert(file, tuple.getValueNode(), childPath));
        }
        return entries;
    }
}

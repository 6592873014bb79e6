package org.storageharness.suite.load;

import org.storageharness.suite.Problem;
import org.storageharness.suite.Units;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Typed, problem-collecting access to one YAML mapping: reports unknown keys, missing keys and wrong types. */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final List<Problem> problems;

    private Fields(YamlNode.Mapping mapping, List<Problem> problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Wraps {@code node} if it is a mapping whose keys are all in {@code allowed}; otherwise records problems. */
    static Fields of(YamlNode node, Set<String> allowed, List<Problem> problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(problem(node, "expected a mapping but was " + node.kind()));
            return new Fields(new YamlNode.Mapping(node.file(), node.line(), node.path(), new LinkedHashMap<>()), problems);
        }
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(problem(e.getValue(), "unknown key; allowed keys here: " + sorted(allowed)));
            }
        }
        return new Fields(m, problems);
    }

    static Problem problem(YamlNode node, String message) {
        return new Problem(node.file(), node.line(), node.path(), message);
    }

    static String sorted(Collection<String> values) {
        return values.stream().sorted().toList().toString();
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    YamlNode node(String key) {
        return mapping.entries().get(key);
    }

    /** Records a problem located at {@code key} (or at the mapping itself when the key is absent). */
    void report(String key, String message) {
        YamlNode at = has(key) ? node(key) : mapping;
        String path = has(key) ? at.path() : join(mapping.path(), key);
        problems.add(new Problem(at.file(), at.line(), path, message));
    }

    String string(String key, String fallback) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s && s.value() != null) {
            return s.value();
        }
        problems.add(problem(n, "expected a text value but was " + describe(n)));
        return fallback;
    }

    String required(String key) {
        if (!has(key)) {
            report(key, "missing required key [" + key + "]");
            return null;
        }
        return string(key, null);
    }

    int integer(String key, int fallback, int min) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
            report(key, "must be at least " + min + " but was [" + text + "]");
        } catch (NumberFormatException e) {
            report(key, "expected a whole number but was [" + text + "]");
        }
        return fallback;
    }

    boolean bool(String key, boolean fallback) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        report(key, "expected true or false but was [" + text + "]");
        return fallback;
    }

    /** A positive duration such as {@code 10s}; null when absent or invalid (invalid is reported). */
    Duration duration(String key) {
        String text = string(key, null);
        if (text == null) {
            return null;
        }
        Duration d = Units.duration(text);
        if (d == null || d.isZero()) {
            report(key, "expected a positive duration such as [10s], [5m] or [300] (seconds) but was [" + text + "]");
            return null;
        }
        return d;
    }

    /** A list of scalars; a single scalar counts as a one-element list. */
    List<String> strings(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof YamlNode.Scalar s && s.value() != null) {
            return List.of(s.value());
        }
        List<String> out = new ArrayList<>();
        if (n instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null) {
                    out.add(s.value());
                } else {
                    problems.add(problem(item, "expected a text value but was " + describe(item)));
                }
            }
            return out;
        }
        problems.add(problem(n, "expected a list but was " + describe(n)));
        return out;
    }

    /** Items of a list-valued key, each converted by {@code reader}; absent key gives an empty list. */
    <T> List<T> list(String key, Function<YamlNode, T> reader) {
        YamlNode n = node(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            problems.add(problem(n, "expected a list but was " + describe(n)));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            T value = reader.apply(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A flat mapping of scalar values, e.g. fio options; nested values are reported. */
    Map<String, String> scalarMap(String key) {
        YamlNode n = node(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            problems.add(problem(n, "expected a mapping of option: value but was " + describe(n)));
            return out;
        }
        m.entries().forEach((k, v) -> {
            if (v instanceof YamlNode.Scalar s) {
                out.put(k, s.value() == null ? "" : s.value());
            } else {
                problems.add(problem(v, "expected a single value but was " + describe(v)));
            }
        });
        return out;
    }

    private static String describe(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.value() == null ? "empty" : n.kind();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

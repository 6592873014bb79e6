package org.storageharness.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.fio.CaseSeries;
import org.storageharness.run.EvidenceSink;

/**
 * Records what a case attaches ({@code name}) and its parameters ({@code param key=value}), in order, in
 * {@link #names()}; and in {@link #tree()} the same with its steps: {@code step <name> [passed]} (or
 * {@code [failed: <first line>]}, {@code [broken: <first line>]}), what happens inside a step indented under it.
 */
public final class RecordingSink implements EvidenceSink {

    private final List<String> names;
    private final List<String> tree = new ArrayList<>();
    private int depth;

    public RecordingSink(List<String> names) {
        this.names = names;
    }

    public List<String> names() {
        return names;
    }

    public List<String> tree() {
        return List.copyOf(tree);
    }

    @Override
    public void attachFile(String name, String type, Path file) {
        if (Files.exists(file)) {
            record(name);
        }
    }

    @Override
    public void attachText(String name, String type, String content) {
        record(name);
    }

    @Override
    public void parameter(String name, String value) {
        record("param " + name + "=" + value);
    }

    @Override
    public void series(String title, CaseSeries series) {
        record("series " + title + " (" + series.windows() + " windows: " + String.join(", ", series.directions())
                + ")");
    }

    @Override
    public <T> T step(String name, Step<T> body) throws InterruptedException {
        int at = tree.size();
        String indent = "  ".repeat(depth);
        tree.add(indent + "step " + name);
        depth++;
        try {
            T result = body.run();
            tree.set(at, indent + "step " + name + " [passed]");
            return result;
        } catch (Throwable e) {
            String status = e instanceof AssertionError ? "failed" : "broken";
            tree.set(at, indent + "step " + name + " [" + status + ": " + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("") + "]");
            throw e;
        } finally {
            depth--;
        }
    }

    private void record(String entry) {
        names.add(entry);
        tree.add("  ".repeat(depth) + entry);
    }
}

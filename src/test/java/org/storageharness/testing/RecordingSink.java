package org.storageharness.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storageharness.run.EvidenceSink;

/** Records what a case attaches ({@code name}) and its parameters ({@code param key=value}), in order. */
public record RecordingSink(List<String> names) implements EvidenceSink {

    @Override
    public void attachFile(String name, String type, Path file) {
        if (Files.exists(file)) {
            names.add(name);
        }
    }

    @Override
    public void attachText(String name, String type, String content) {
        names.add(name);
    }

    @Override
    public void parameter(String name, String value) {
        names.add("param " + name + "=" + value);
    }
}

package org.storageharness.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.suite.ConfigurationException;

/**
 * The upgrade gate's state file ({@code -Dgate.state}): the golden data seeded before an engine upgrade and not yet
 * verified, one seed per target and engine. It outlives the run that seeds; it is removed with its last seed.
 */
public final class UpgradeStateFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public UpgradeStateFile(Path file) {
        this.file = file;
    }

    /**
     * The seed of {@code engine} on {@code target}, or empty when there is none (or no file yet).
     *
     * @throws ConfigurationException naming {@code -Dgate.state} when the file is not a readable state file
     */
    public synchronized Optional<UpgradeState.Seed> seed(String target, String engine) {
        return read().seeds().stream().filter(s -> s.target().equals(target) && s.engine().equals(engine))
                .findFirst();
    }

    /** Records {@code seed}; creates the file and its folder when missing. */
    public synchronized void add(UpgradeState.Seed seed) {
        List<UpgradeState.Seed> seeds = new ArrayList<>(read().seeds());
        seeds.add(seed);
        write(seeds);
    }

    /** Forgets {@code seed}; deletes the file when it was the last one. */
    public synchronized void remove(UpgradeState.Seed seed) {
        List<UpgradeState.Seed> seeds = new ArrayList<>(read().seeds());
        seeds.remove(seed);
        write(seeds);
    }

    private UpgradeState read() {
        if (!Files.exists(file)) {
            return new UpgradeState(UpgradeState.SCHEMA, 1, List.of());
        }
        try {
            UpgradeState state = JSON.readValue(file.toFile(), UpgradeState.class);
            if (!UpgradeState.SCHEMA.equals(state.schema())) {
                throw new ConfigurationException("-Dgate.state: [" + file + "] is not an upgrade-gate state file");
            }
            return state;
        } catch (IOException e) {
            throw new ConfigurationException("-Dgate.state: [" + file + "] is not readable: " + e.getMessage());
        }
    }

    private void write(List<UpgradeState.Seed> seeds) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (seeds.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                JSON.writeValue(file.toFile(), new UpgradeState(UpgradeState.SCHEMA, 1, seeds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upgrade-gate state [" + file + "]", e);
        }
    }
}

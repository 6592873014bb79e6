package org.storageharness.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.check.GoldenData;
import org.storageharness.fio.FioFailure;
import org.storageharness.run.EvidenceSink;
import org.storageharness.run.RunSession;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.EngineSpec;

/**
 * The engine-upgrade gate ({@code -Dgate=upgrade}): the first run seeds golden data on each engine's kept volume and
 * records it in a state file; the run after the upgrade verifies it (data written by the old version must read back
 * on the new one), then removes it. A mismatch is a {@code Data mismatch:} failure.
 */
public final class UpgradeGate {

    /** Golden data size: enough blocks to cross many extents, small enough for every engine. */
    public static final long GOLDEN_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path stateFile;

    public UpgradeGate(Path stateFile) {
        this.stateFile = stateFile;
    }

    /**
     * What the step did for one engine.
     *
     * @param failure {@code Data mismatch: ...} when the golden data did not verify, else null
     */
    public record Step(String phase, String message, String failure) {
    }

    /** Seeds when the engine has no golden data on this target yet, verifies when it has. */
    public synchronized Step step(RunSession session, EngineSpec engine, EvidenceSink evidence)
            throws InterruptedException {
        List<UpgradeState.Seed> seeds = new ArrayList<>(read().seeds());
        Optional<UpgradeState.Seed> seed = seeds.stream().filter(s -> s.target().equals(session.targetId())
                && s.engine().equals(engine.id())).findFirst();
        if (seed.isEmpty()) {
            GoldenData golden = new GoldenData(new SecureRandom().nextInt(Integer.MAX_VALUE), GOLDEN_BYTES);
            session.kept().run(engine, golden.seed(), evidence);
            seeds.add(new UpgradeState.Seed(session.targetId(), engine.id(), golden.generation(), GOLDEN_BYTES,
                    session.runId(), Instant.now().toString()));
            write(seeds);
            return new Step("seeded", "golden data of generation " + golden.generation() + " written on " + engine.id()
                    + " and kept; upgrade the engine, then run again with -Dgate=upgrade to verify it", null);
        }
        return verify(session, engine, seed.get(), seeds, evidence);
    }

    private Step verify(RunSession session, EngineSpec engine, UpgradeState.Seed seed, List<UpgradeState.Seed> seeds,
                        EvidenceSink evidence) throws InterruptedException {
        GoldenData golden = new GoldenData(seed.generation(), seed.sizeBytes());
        try {
            session.kept().run(engine, golden.verify(), evidence);
        } catch (FioFailure f) {
            String where = engine.id() + " · upgrade gate (seeded by run " + seed.runId() + ")";
            return new Step("verified", "golden data did not verify; it is kept for inspection",
                    golden.mismatch(where, f).orElseThrow(() -> f));
        }
        session.kept().drop(engine);
        seeds.remove(seed);
        write(seeds);
        return new Step("verified", "golden data written by run " + seed.runId() + " before the upgrade verified on "
                + engine.id() + "; removed", null);
    }

    private UpgradeState read() {
        if (!Files.exists(stateFile)) {
            return new UpgradeState(UpgradeState.SCHEMA, 1, List.of());
        }
        try {
            UpgradeState state = JSON.readValue(stateFile.toFile(), UpgradeState.class);
            if (!UpgradeState.SCHEMA.equals(state.schema())) {
                throw new ConfigurationException("-Dgate.state: [" + stateFile + "] is not an upgrade-gate state file");
            }
            return state;
        } catch (IOException e) {
            throw new ConfigurationException("-Dgate.state: [" + stateFile + "] is not readable: " + e.getMessage());
        }
    }

    private void write(List<UpgradeState.Seed> seeds) {
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            if (seeds.isEmpty()) {
                Files.deleteIfExists(stateFile);
            } else {
                JSON.writeValue(stateFile.toFile(), new UpgradeState(UpgradeState.SCHEMA, 1, seeds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upgrade-gate state [" + stateFile + "]", e);
        }
    }
}

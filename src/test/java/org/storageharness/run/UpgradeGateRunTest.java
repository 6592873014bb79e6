package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.GoldenData;
import org.storageharness.gate.UpgradeGate;
import org.storageharness.gate.UpgradeStateFile;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.TestSuites;

/** The upgrade gate on the local target with real fio: seed in one run, verify in the next; a planted fault fails. */
@RequiresFio
class UpgradeGateRunTest {

    @TempDir
    Path dir;

    private EngineSpec engine() {
        return new EngineSpec("host", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
    }

    /** The report's steps of the last {@link #step}. */
    private RecordingSink sink;

    private UpgradeGate.Step step(UpgradeGateRun gate) throws Exception {
        Suite suite = TestSuites.suite(engine(), TestSuites.workload("0"));
        sink = new RecordingSink(new ArrayList<>());
        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            return gate.step(session, engine(), sink);
        }
    }

    @Test
    void seedsInTheFirstRunAndVerifiesAndRemovesInTheNext() throws Exception {
        UpgradeGateRun gate = new UpgradeGateRun(new UpgradeStateFile(dir.resolve("state.json")));

        UpgradeGate.Step seeded = step(gate);
        assertThat(seeded.phase()).isEqualTo("seeded");
        assertThat(sink.tree()).containsExactly("step seed golden data [passed]", "  fio job file",
                "  fio output (json+)");
        assertThat(dir.resolve("state.json")).exists();
        assertThat(dir.resolve("vol/storage-harness-kept.fio")).hasSize(UpgradeGate.GOLDEN_BYTES);

        UpgradeGate.Step verified = step(gate);
        assertThat(verified.phase()).isEqualTo("verified");
        assertThat(verified.failure()).isNull();
        assertThat(sink.tree()).containsExactly("step verify golden data [passed]", "  fio job file",
                "  fio output (json+)", "step drop the kept volume [passed]");
        assertThat(dir.resolve("state.json")).doesNotExist();
        assertThat(dir.resolve("vol/storage-harness-kept.fio")).doesNotExist();
    }

    @Test
    void dataThatChangedBetweenTheRunsIsADataMismatchAndStaysForInspection() throws Exception {
        UpgradeGateRun gate = new UpgradeGateRun(new UpgradeStateFile(dir.resolve("state.json")));
        step(gate);
        plantStaleData();

        UpgradeGate.Step verified = step(gate);

        assertThat(verified.failure()).startsWith("Data mismatch: host · upgrade gate");
        assertThat(sink.tree()).as("the verify step is red with the mismatch, and nothing is dropped")
                .contains("  fio messages").first().asString()
                .startsWith("step verify golden data [failed: Data mismatch: host · upgrade gate");
        assertThat(sink.tree()).noneMatch(line -> line.contains("drop"));
        assertThat(dir.resolve("vol/storage-harness-kept.fio")).exists();
        assertThat(dir.resolve("state.json")).exists();
    }

    /** The engine "upgrade" brought back an older generation of the data: valid fio blocks, wrong generation. */
    private void plantStaleData() throws Exception {
        Suite suite = TestSuites.suite(engine(), TestSuites.workload("0"));
        try (RunSession session = RunSession.open(suite, dir.resolve("out2"), "fio", s -> { })) {
            session.kept().run(engine(), new GoldenData(7, UpgradeGate.GOLDEN_BYTES).seed(),
                    new RecordingSink(new ArrayList<>()));
        }
        assertThat(Files.size(dir.resolve("vol/storage-harness-kept.fio"))).isEqualTo(UpgradeGate.GOLDEN_BYTES);
    }
}

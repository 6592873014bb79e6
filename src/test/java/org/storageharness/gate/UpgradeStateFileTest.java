package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.ConfigurationException;

class UpgradeStateFileTest {

    @TempDir
    Path dir;

    private static UpgradeState.Seed seed(String target, String engine) {
        return new UpgradeState.Seed(target, engine, 7, UpgradeGate.GOLDEN_BYTES, "run-1", "2026-11-22T00:00:00Z");
    }

    @Test
    void keepsOneSeedPerTargetAndEngineAndIsRemovedWithTheLast() {
        UpgradeStateFile state = new UpgradeStateFile(dir.resolve("gate/state.json"));
        assertThat(state.seed("local", "host")).isEmpty();

        state.add(seed("local", "host"));
        state.add(seed("k3s", "host"));

        assertThat(new UpgradeStateFile(dir.resolve("gate/state.json")).seed("k3s", "host"))
                .contains(seed("k3s", "host"));
        state.remove(seed("local", "host"));
        assertThat(state.seed("local", "host")).isEmpty();
        assertThat(dir.resolve("gate/state.json")).exists();
        state.remove(seed("k3s", "host"));
        assertThat(dir.resolve("gate/state.json")).doesNotExist();
    }

    @Test
    void rejectsAFileThatIsNotAnUpgradeGateStateFile() throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"),
                "{\"schema\": \"storage-harness/baseline\", \"schemaVersion\": 1, \"seeds\": []}");

        assertThatThrownBy(() -> new UpgradeStateFile(file).seed("local", "host"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: -Dgate.state: [" + file + "]")
                .hasMessageContaining("not an upgrade-gate state file");
    }
}

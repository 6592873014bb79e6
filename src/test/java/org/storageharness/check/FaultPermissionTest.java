package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Replica;
import org.storageharness.suite.ConfigurationException;

class FaultPermissionTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void withoutPermissionFaultsAreRefusedWithHowToAllowThem() {
        FaultPermission none = FaultPermission.from(props());

        assertThat(none.allowed()).isFalse();
        assertThat(none.refusal()).hasValueSatisfying(r -> assertThat(r).contains("-Dfaults=allow", "-Dfaults.nodes"));
        assertThat(none.mayHit("node-1")).isFalse();
    }

    @Test
    void allowNeedsANodeAllowList() {
        assertThatThrownBy(() -> FaultPermission.from(props("faults", "allow")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("-Dfaults.nodes=NODE");
    }

    @Test
    void rejectsOtherValuesAndUnknownModes() {
        assertThatThrownBy(() -> FaultPermission.from(props("faults", "yes"))).hasMessageContaining("[yes]");
        assertThatThrownBy(() -> FaultPermission.from(props("faults", "allow", "faults.nodes", "a",
                "faults.mode", "meteor"))).hasMessageContaining("unknown mode [meteor]")
                .hasMessageContaining("[replica, drain, command]");
    }

    @Test
    void commandModeNeedsCommandAndUndo() {
        assertThatThrownBy(() -> FaultPermission.from(props("faults", "allow", "faults.nodes", "a",
                "faults.mode", "command", "faults.command", "poweroff $NODE")))
                .hasMessageContaining("-Dfaults.undo");
    }

    @Test
    void onlyAllowListedNodesMayBeHit() {
        FaultPermission p = FaultPermission.from(props("faults", "allow", "faults.nodes", " node-2, node-3 "));

        assertThat(p.mayHit("node-2")).isTrue();
        assertThat(p.mayHit("node-1")).isFalse();
        assertThat(p.mode()).isEqualTo(FaultPermission.Mode.REPLICA);
    }

    @Test
    void faultTargetIsAReplicaNodeThatIsNeitherConsumerNorTargetAndAllowed() {
        List<Replica> replicas = List.of(new Replica("r1", "node-1", Replica.Role.TARGET, "RW"),
                new Replica("r2", "node-2", Replica.Role.REPLICA, "RW"),
                new Replica("r3", "node-3", Replica.Role.REPLICA, "RW"),
                new Replica("tb", "node-4", Replica.Role.TIEBREAKER, ""));
        FaultPermission all = FaultPermission.from(props("faults", "allow", "faults.nodes", "node-1,node-3,node-4"));

        assertThat(FaultTargets.pick(replicas, "node-2", all)).contains("node-3");
        assertThat(FaultTargets.pick(replicas, "node-3", all)).isEmpty();
        assertThat(FaultTargets.why(replicas, "node-3", all)).contains("node-2 (replica)", "consumer is on [node-3]",
                "[node-1, node-3, node-4]");
    }
}

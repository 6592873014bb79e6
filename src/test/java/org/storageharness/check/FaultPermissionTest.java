package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Replica;

class FaultPermissionTest {

    private static FaultPermission allowed(String... nodes) {
        return new FaultPermission(true, Set.of(nodes), FaultPermission.Mode.REPLICA, null, null);
    }

    @Test
    void withoutPermissionFaultsAreRefusedWithHowToAllowThem() {
        FaultPermission none = FaultPermission.NONE;

        assertThat(none.allowed()).isFalse();
        assertThat(none.refusal()).hasValueSatisfying(r -> assertThat(r).contains("-Dfaults=allow", "-Dfaults.nodes"));
        assertThat(none.mayHit("node-1")).isFalse();
    }

    @Test
    void onlyAllowListedNodesMayBeHit() {
        FaultPermission p = allowed("node-2", "node-3");

        assertThat(p.mayHit("node-2")).isTrue();
        assertThat(p.mayHit("node-1")).isFalse();
        assertThat(p.refusal()).isEmpty();
    }

    @Test
    void faultTargetIsAReplicaNodeThatIsNeitherConsumerNorTargetAndAllowed() {
        List<Replica> replicas = List.of(new Replica("r1", "node-1", Replica.Role.TARGET, "RW"),
                new Replica("r2", "node-2", Replica.Role.REPLICA, "RW"),
                new Replica("r3", "node-3", Replica.Role.REPLICA, "RW"),
                new Replica("tb", "node-4", Replica.Role.TIEBREAKER, ""));
        FaultPermission all = allowed("node-1", "node-3", "node-4");

        assertThat(FaultTargets.pick(replicas, "node-2", all)).contains("node-3");
        assertThat(FaultTargets.pick(replicas, "node-3", all)).isEmpty();
        assertThat(FaultTargets.why(replicas, "node-3", all)).contains("node-2 (replica)", "consumer is on [node-3]",
                "[node-1, node-3, node-4]");
    }
}

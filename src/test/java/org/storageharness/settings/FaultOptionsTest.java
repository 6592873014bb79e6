package org.storageharness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storageharness.testing.CommandLines.settings;

import org.junit.jupiter.api.Test;
import org.storageharness.check.FaultPermission;
import org.storageharness.suite.ConfigurationException;

class FaultOptionsTest {

    @Test
    void withoutTheOptionsNoFaultIsAllowed() {
        assertThat(settings().faults()).isEqualTo(FaultPermission.NONE);
    }

    @Test
    void allowNeedsANodeAllowList() {
        assertThatThrownBy(() -> settings("faults", "allow"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("-Dfaults.nodes=NODE");
    }

    @Test
    void rejectsOtherValuesAndUnknownModes() {
        assertThatThrownBy(() -> settings("faults", "yes")).hasMessageContaining("-Dfaults: expected one of [allow]"
                + " but was [yes]");
        assertThatThrownBy(() -> settings("faults", "allow", "faults.nodes", "a", "faults.mode", "meteor"))
                .hasMessageContaining("-Dfaults.mode: expected one of [replica, drain, command] but was [meteor]");
    }

    @Test
    void commandModeNeedsCommandAndUndo() {
        assertThatThrownBy(() -> settings("faults", "allow", "faults.nodes", "a", "faults.mode", "command",
                "faults.command", "poweroff $NODE"))
                .hasMessageContaining("-Dfaults.undo");
    }

    @Test
    void readsTheAllowedNodesAndTheMode() {
        FaultPermission p = settings("faults", "allow", "faults.nodes", " node-2, node-3 ", "faults.mode", "Drain")
                .faults();

        assertThat(p.allowed()).isTrue();
        assertThat(p.nodes()).containsExactlyInAnyOrder("node-2", "node-3");
        assertThat(p.mode()).isEqualTo(FaultPermission.Mode.DRAIN);
        assertThat(settings("faults", "allow", "faults.nodes", "n").faults().mode())
                .isEqualTo(FaultPermission.Mode.REPLICA);
    }
}

package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.EngineTraits;
import org.storageharness.engine.VolumeRef;

class NoAdapterTest {

    static final VolumeRef VOLUME = new VolumeRef("pvc-1", null, Map.of(), "n1");
    static final String CATALOG_HINT = " (catalog key adapter is [none]; adapters exist for longhorn, mayastor, linstor "
            + "and ceph)";

    EngineAdapter adapter = EngineAdapters.of("local-path", EngineTraits.GENERIC, null);

    @Test
    void replicasAreSkippedWithTheReason() {
        assertThatThrownBy(() -> adapter.replicas(VOLUME)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("engine kind [local-path] has no adapter: replica placement and replica faults are unknown"
                        + CATALOG_HINT);
    }

    @Test
    void replicaFaultsAreSkippedWithTheReason() {
        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n2"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("engine kind [local-path] has no adapter: replica placement and replica faults are unknown"
                        + CATALOG_HINT);
    }

    @Test
    void healthIsSkippedWithTheReason() {
        assertThatThrownBy(() -> adapter.health(VOLUME)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("engine kind [local-path] has no adapter: volume health and rebuild progress are unknown"
                        + CATALOG_HINT);
    }

    @Test
    void withoutAKindTheReasonSaysThisEngine() {
        assertThatThrownBy(() -> EngineAdapters.of(EngineTraits.GENERIC, null).health(VOLUME))
                .hasMessageStartingWith("this engine has no adapter: ");
    }

    @Test
    void knowsNoVersionAndFindsNothingToPreflight() {
        assertThat(adapter.name()).isEqualTo("none");
        assertThat(adapter.version()).isEmpty();
        assertThat(adapter.preflight(1)).isEmpty();
    }
}

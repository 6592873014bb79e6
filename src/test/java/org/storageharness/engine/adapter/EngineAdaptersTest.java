package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storageharness.engine.EngineTraits;

@EnableKubernetesMockClient(crud = true, https = false)
class EngineAdaptersTest {

    KubernetesClient client;

    @ParameterizedTest
    @ValueSource(strings = {"longhorn", "mayastor", "linstor", "ceph", "none"})
    void buildsTheAdapterTheCatalogNames(String name) {
        assertThat(EngineAdapters.of(Fixtures.traits(name, "", Map.of()), client).name()).isEqualTo(name);
    }

    @Test
    void anEngineWithoutAdapterNeedsNoCluster() {
        assertThat(EngineAdapters.of(EngineTraits.GENERIC, null).name()).isEqualTo("none");
    }

    @Test
    void rejectsAnUnknownAdapterNamingTheAllowedOnes() {
        assertThatThrownBy(() -> EngineAdapters.of("px", Fixtures.traits("portworx", "", Map.of()), client))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Configuration error: unknown engine adapter [portworx] of engine kind [px] in the engine "
                        + "catalog; allowed: [longhorn, mayastor, linstor, ceph, none]");
    }

    @Test
    void anAdapterThatSpeaksToTheClusterNeedsAClient() {
        assertThatThrownBy(() -> EngineAdapters.of(Fixtures.traits("longhorn", "", Map.of()), null))
                .isInstanceOf(NullPointerException.class).hasMessage("engine adapter [longhorn] needs a Kubernetes "
                        + "client");
    }

    @ParameterizedTest
    @CsvSource({"longhorn, longhorn-system", "mayastor, openebs", "linstor, piraeus-datastore", "ceph, rook-ceph"})
    void eachAdapterLooksInItsEnginesDefaultNamespace(String adapter, String namespace) {
        assertThat(EngineAdapters.of(Fixtures.traits(adapter, "", Map.of()), client).preflight(3))
                .singleElement().asString().contains("not found in namespace [" + namespace + "]");
    }

    @Test
    void theCatalogsNamespaceWins() {
        assertThat(EngineAdapters.of(Fixtures.traits("linstor", "storage", Map.of()), client).preflight(3))
                .singleElement().asString().contains("not found in namespace [storage]");
    }

    @Test
    void rejectsAHostNetworkingSettingThatIsNotABoolean() {
        assertThatThrownBy(() -> EngineAdapters.of(Fixtures.traits("linstor", "", Map.of("drbdHostNetworking",
                "yes")), client)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Configuration error: engine adapter [linstor] setting [drbdHostNetworking] must be [true] "
                        + "or [false] but was [yes]; fix it in the engine catalog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", "2.5"})
    void rejectsAReplicaCountThatIsNotAPositiveWholeNumber(String replicas) {
        for (String adapter : new String[] {"longhorn", "mayastor", "linstor", "ceph"}) {
            assertThatThrownBy(() -> EngineAdapters.of(Fixtures.traits(adapter, "", Map.of("replicas", replicas)),
                    client)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Configuration error: engine adapter [" + adapter + "] setting [replicas] must be a "
                            + "whole number of at least [1] but was [" + replicas + "]; fix it in the engine catalog");
        }
    }
}

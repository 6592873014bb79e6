package org.storageharness.platform.kube.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

/** Reads the harness may not do (403) or APIs the cluster lacks (404), which the simulated cluster cannot refuse. */
@EnableKubernetesMockClient(crud = true, https = false)
class ForbiddenPreflightReadsTest {

    KubernetesMockServer server;
    KubernetesClient client;

    private final EngineSpec engine = new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("longhorn"), "",
            EngineTraits.GENERIC.withCapabilities(new Capabilities(true, 1, true, true, false, false)));

    @BeforeEach
    void cluster() {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().withNewStatus()
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build()).create();
        client.storage().v1().storageClasses().resource(new StorageClassBuilder().withNewMetadata()
                .withName("longhorn").endMetadata().withProvisioner("driver.longhorn.io").build()).create();
        server.expect().get().withPath("/apis/snapshot.storage.k8s.io/v1").andReturn(200,
                new APIResourceListBuilder().withGroupVersion("snapshot.storage.k8s.io/v1").withResources(
                        ChecksPreflight.SNAPSHOT_RESOURCES.stream().map(r -> new APIResourceBuilder().withName(r)
                                .build()).toList()).build()).always();
    }

    private void refuse(String path, int code) {
        server.expect().get().withPath(path).andReturn(code, new StatusBuilder().withCode(code)
                .withMessage("refused by the test").build()).always();
    }

    @Test
    void aForbiddenClusterWidePodListOnlyWarnsThatControllersWereNotCounted() {
        refuse("/api/v1/pods", 403);

        ChecksPreflight.Result result = new ChecksPreflight(client, e -> List.of())
                .check(List.of(engine), Set.of(CheckKind.SNAPSHOT), e -> 1L << 30);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains("list pods in all namespaces",
                "[HTTP 403 Forbidden]", "snapshot controllers was not checked", "grant");
    }

    @Test
    void aForbiddenCapacityListOnlyWarns() {
        refuse("/apis/storage.k8s.io/v1/csistoragecapacities", 403);

        ChecksPreflight.Result result = new ChecksPreflight(client, e -> List.of())
                .check(List.of(engine), Set.of(CheckKind.PERSISTENCE), e -> 1L << 30);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains("CSIStorageCapacities", "capacity");
    }

    @Test
    void aMissingCapacityApiIsUnknownCapacity() {
        refuse("/apis/storage.k8s.io/v1/csistoragecapacities", 404);

        ChecksPreflight.Result result = new ChecksPreflight(client, e -> List.of())
                .check(List.of(engine), Set.of(CheckKind.PERSISTENCE), e -> 1L << 30);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void snapshotClassesSkipWhenTheSnapshotApiIsMissing() {
        refuse("/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses", 404);

        SnapshotClasses.Choice choice = SnapshotClasses.choose(client, engine);

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("[HTTP 404]", "snapshot CRDs", "not installed");
    }

    @Test
    void snapshotClassesSkipWhenTheHarnessMayNotListThem() {
        refuse("/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses", 403);

        assertThat(SnapshotClasses.choose(client, engine).problem()).contains("[HTTP 403]", "grant it list");
    }

    @Test
    void otherFailuresPropagate() {
        refuse("/api/v1/pods", 401);

        assertThatThrownBy(() -> new ChecksPreflight(client, e -> List.of())
                .check(List.of(engine), Set.of(CheckKind.SNAPSHOT), e -> 1L)).hasMessageContaining("401");
    }
}

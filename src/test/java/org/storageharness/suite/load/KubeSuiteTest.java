package org.storageharness.suite.load;

import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeSuiteTest {

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    @Test
    void readsTheKubernetesSectionEngineVolumesAndFanOut() throws Exception {
        files.write("k", """
                target: kubeconfig
                kubernetes:
                  allowContexts: [homelab]
                  fioImage: registry.local/fio:3.33
                  nodeSelector: {disk: nvme}
                  cpu: "2"
                  memory: 1Gi
                  bindTimeout: 90s
                engines:
                  - id: lh
                    kind: longhorn
                    storageClass: longhorn
                    volumeMode: Block
                    volumeSize: 10Gi
                workloads:
                  - id: spread
                    extends: randrw-4k-qd16x8
                    fanOut: 3
                """);

        Suite suite = files.loader().load("k", Overrides.none());

        KubeOptions k = suite.kubernetes();
        assertThat(k.allowContexts()).containsExactly("homelab");
        assertThat(k.fioImage()).isEqualTo("registry.local/fio:3.33");
        assertThat(k.nodeSelector()).containsEntry("disk", "nvme");
        assertThat(k.bindTimeout()).isEqualTo(Duration.ofSeconds(90));
        KubeVolume v = suite.engines().get(0).kubeVolume().orElseThrow();
        assertThat(v.block()).isTrue();
        assertThat(v.size()).isEqualTo("10Gi");
        assertThat(v.accessMode()).isEqualTo("ReadWriteOnce");
        assertThat(suite.workloads().get(0).fanOut()).isEqualTo(3);
    }

    @Test
    void namesEveryBadKubernetesValueWithFileLineAndKey() throws Exception {
        files.write("k", """
                kubernetes:
                  namespace: Not_A_Name
                  memory: lots
                  colour: red
                engines:
                  - id: lh
                    storageClass: longhorn
                    volumeMode: Raw
                    accessMode: ReadWriteSometimes
                  - id: host
                    local: {path: vol}
                    volumeSize: 1Gi
                workloads:
                  - id: spread
                    extends: randrw-4k-qd16x8
                    fanOut: 0
                """);

        ConfigurationException e = failure("k");

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.key()).contains(
                "2 kubernetes.namespace", "3 kubernetes.memory", "4 kubernetes.colour", "8 engines[0].volumeMode",
                "9 engines[0].accessMode", "12 engines[1].volumeSize", "16 workloads[0].fanOut");
        assertThat(e.getMessage()).contains("allowed: [Filesystem, Block]").contains("[lots] is not a Kubernetes"
                + " quantity").contains("needs [storageClass]").contains("must be at least 1");
    }

    private ConfigurationException failure(String name) {
        try {
            files.loader().load(name, Overrides.none());
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a configuration error");
    }
}

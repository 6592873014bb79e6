package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.platform.local.LocalPlatform;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.NodeVolume;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;

/** Engines of kind {@code node} (the node baseline on Kubernetes): the two good shapes and one test per bad one. */
class NodeSuiteTest {

    private static final String WORKLOADS = "workloads: [randwrite-4k-1x]\n";

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    private Suite load(String engines) throws Exception {
        files.write("n", "target: kubeconfig\nengines:\n" + engines + WORKLOADS);
        return files.loader().load("n", Overrides.none());
    }

    private Problem only(String engines) throws Exception {
        ConfigurationException e = (ConfigurationException) assertThatThrownBy(() -> load(engines))
                .isInstanceOf(ConfigurationException.class).actual();
        assertThat(e.getMessage()).startsWith("Configuration error:").contains("n.yaml");
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void readsAHostPathDirectoryAndAGuardedRawDevice() throws Exception {
        Suite suite = load("""
                  - {id: dir, kind: node, node: {name: talos-w1, hostPath: /var/mnt/bench}}
                  - id: raw
                    node: {name: talos-w1, device: /dev/nvme1n1, destructive: true}
                """);

        assertThat(suite.engines().get(0).nodeVolume()).contains(new NodeVolume("talos-w1", "/var/mnt/bench", null,
                false));
        assertThat(suite.engines().get(1).kind()).as("node: implies kind node").isEqualTo("node");
        assertThat(suite.engines().get(1).nodeVolume().orElseThrow().describe())
                .isEqualTo("raw device /dev/nvme1n1 on node talos-w1");
        assertThat(suite.engines().get(1).runsOnKubernetes()).isTrue();
        assertThat(LocalPlatform.noLocalVolume(suite.engines().get(1))).as("skipped on the local target")
                .contains("engine [raw] has no [local] volume, so it runs only on a Kubernetes target (a node baseline:"
                        + " the raw device /dev/nvme1n1 on node talos-w1); run with -Dtarget=kubeconfig or k3s");
    }

    @Test
    void aNodeEngineNeedsTheNodesName() throws Exception {
        Problem p = only("  - {id: raw, kind: node, node: {hostPath: /var/mnt/bench}}\n");

        assertThat(p.key()).isEqualTo("engines[0].node.name");
        assertThat(p.message()).isEqualTo("missing required key [name]: the node whose storage is the baseline");
    }

    @Test
    void aNodeEngineNeedsExactlyOneOfHostPathAndDevice() throws Exception {
        Problem both = only("  - {id: raw, kind: node, node: {name: w1, hostPath: /a, device: /dev/sdb,"
                + " destructive: true}}\n");
        Problem none = only("  - {id: raw, kind: node, node: {name: w1}}\n");

        for (Problem p : new Problem[] {both, none}) {
            assertThat(p.key()).isEqualTo("engines[0].node.hostPath");
            assertThat(p.message()).isEqualTo("give exactly one of [hostPath] (a directory on the node) or [device]"
                    + " (a raw block device of the node)");
        }
    }

    @Test
    void aRawDeviceNeedsDestructiveTrue() throws Exception {
        Problem p = only("  - id: raw\n    kind: node\n    node: {name: w1, device: /dev/nvme1n1}\n");

        assertThat(p.key()).isEqualTo("engines[0].node.destructive");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("device [/dev/nvme1n1] of node [w1] would be written over and its contents"
                + " destroyed; add [destructive: true] to this engine's [node] to allow it");
    }

    @Test
    void aNodeEngineWithoutItsNodeBlockSaysWhatToWrite() throws Exception {
        Problem p = only("  - {id: raw, kind: node}\n");

        assertThat(p.key()).isEqualTo("engines[0].node");
        assertThat(p.message()).contains("needs [node: {name: <node>, hostPath: <directory>}]");
    }

    @Test
    void aNodeBlockOnAnotherKindOrBesideAStorageClassIsRefused() throws Exception {
        Problem other = only("  - {id: lh, kind: longhorn, storageClass: lh, node: {name: w1, hostPath: /a}}\n");
        Problem mixed = only("  - {id: raw, kind: node, storageClass: x, node: {name: w1, hostPath: /a}}\n");
        Problem relative = only("  - {id: raw, kind: node, node: {name: w1, hostPath: var/bench}}\n");

        assertThat(other.key()).isEqualTo("engines[0].node");
        assertThat(other.message()).contains("add [kind: node] or remove [node]");
        assertThat(mixed.key()).isEqualTo("engines[0].storageClass");
        assertThat(relative.message()).isEqualTo("[var/bench] must be an absolute path on the node");
    }
}

package org.storageharness.suite.load;

import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;

/** The engine catalog's traits per kind, the suite's overrides, and the checks section. */
class EngineTraitsTest {

    private static final String REST = "workloads: [randrw-4k-qd16x8]\n";

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    private Suite load(String yaml) throws Exception {
        files.write("t", yaml);
        return files.loader().load("t", Overrides.none());
    }

    private String errors(String yaml) throws Exception {
        files.write("t", yaml);
        try {
            files.loader().load("t", Overrides.none());
        } catch (ConfigurationException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a configuration error for:\n" + yaml);
    }

    @Test
    void catalogSuppliesLonghornsSnapshotParametersAdapterAndLimits() throws Exception {
        EngineTraits t = load("engines:\n  - id: lh\n    kind: longhorn\n    storageClass: longhorn\n" + REST)
                .engines().get(0).traits();

        assertThat(t.adapter()).isEqualTo("longhorn");
        assertThat(t.engineNamespace()).isEqualTo("longhorn-system");
        assertThat(t.snapshotParameters()).containsEntry("type", "snap");
        assertThat(t.capabilities()).isEqualTo(new Capabilities(true, 3, true, true, true, true));
        assertThat(t.maxStall()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void catalogMarksLinstorTeardownClonesFirstAndLocalEnginesSingleCopy() throws Exception {
        Suite s = load("engines:\n  - id: zfs\n    kind: linstor\n    storageClass: z\n"
                + "  - id: lp\n    kind: local-path\n    storageClass: local-path\n" + REST);

        assertThat(s.engines().get(0).traits().clonesFirst()).isTrue();
        assertThat(s.engines().get(0).traits().settings()).containsEntry("drbdHostNetworking", "false");
        assertThat(s.engines().get(1).traits().capabilities().replicas()).isEqualTo(1);
        assertThat(s.engines().get(1).traits().capabilities().snapshot()).isFalse();
        assertThat(s.engines().get(1).traits().adapter()).isEqualTo("none");
    }

    @Test
    void suiteOverridesOnlyTheKeysItGives() throws Exception {
        EngineTraits t = load("engines:\n  - id: thick\n    kind: linstor\n    storageClass: lvm\n"
                + "    capabilities: {snapshot: false}\n    snapshotClass: my-class\n"
                + "    settings: {drbdHostNetworking: \"true\"}\n    failover: {maxStall: 3s}\n" + REST)
                .engines().get(0).traits();

        assertThat(t.capabilities().snapshot()).isFalse();
        assertThat(t.capabilities().replicas()).isEqualTo(2);
        assertThat(t.snapshotClass()).isEqualTo("my-class");
        assertThat(t.settings()).containsEntry("drbdHostNetworking", "true")
                .containsEntry("controllerService", "linstor-controller:3370");
        assertThat(t.maxStall()).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.maxTimeToHealthy()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void rejectsUnknownAdapterTeardownCapabilityAndBadLimitsWithTheirLines() throws Exception {
        String message = errors("engines:\n  - id: x\n    kind: generic\n    storageClass: s\n"
                + "    adapter: netapp\n    teardown: whenever\n    capabilities: {replicas: 0, teleport: true}\n"
                + "    failover: {maxStall: soon}\n" + REST);

        assertThat(message).contains("t.yaml:5", "unknown adapter [netapp]", "[none, longhorn, mayastor, linstor, ceph]")
                .contains("t.yaml:6", "unknown teardown order [whenever]", "[any, clones-first]")
                .contains("replicas", "must be at least 1 but was [0]")
                .contains("teleport")
                .contains("maxStall", "[soon]");
    }

    @Test
    void checksSectionListsChecksAndBoundsWithDefaults() throws Exception {
        ChecksSpec c = load("engines:\n  - id: h\n    local: {path: v}\n" + REST
                + "checks:\n  run: [snapshot, failover]\n  dataSize: 16m\n  failover: {warmup: 2s, window: 5s, writerIops: 500}\n")
                .checks();

        assertThat(c.run()).containsExactly(CheckKind.SNAPSHOT, CheckKind.FAILOVER);
        assertThat(c.dataBytes()).isEqualTo(16L << 20);
        assertThat(c.warmup()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.window()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.snapshotTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.writerIops()).isEqualTo(500);
        assertThat(ChecksSpec.none().writerIops()).as("no cap unless asked").isZero();
    }

    @Test
    void noChecksSectionRunsNoChecksAndAnEmptyOneRunsAll() throws Exception {
        String base = "engines:\n  - id: h\n    local: {path: v}\n" + REST;

        assertThat(load(base).checks().run()).isEmpty();
        assertThat(load(base + "checks: {dataSize: 1m}\n").checks().run())
                .containsExactly(CheckKind.SNAPSHOT, CheckKind.PERSISTENCE, CheckKind.FAILOVER, CheckKind.CLONE,
                        CheckKind.EXPANSION);
    }

    @Test
    void rejectsUnknownCheckAndUnalignedDataSize() throws Exception {
        String message = errors("engines:\n  - id: h\n    local: {path: v}\n" + REST
                + "checks:\n  run: [snapshot, chaos-monkey]\n  dataSize: 1000k\n  failover: {window: -1, writerIops: 0}\n");

        assertThat(message).contains("unknown check [chaos-monkey]",
                "[snapshot, persistence, failover, clone, expansion]")
                .contains("dataSize", "multiple of 64 KiB", "[1000k]")
                .contains("window")
                .contains("writerIops", "must be at least 1 but was [0]");
    }

    @Test
    void capabilitiesRejectReplicasBelowOne() {
        assertThatThrownBy(() -> new Capabilities(true, 0, false, false, false, false))
                .hasMessageContaining("at least 1");
    }
}

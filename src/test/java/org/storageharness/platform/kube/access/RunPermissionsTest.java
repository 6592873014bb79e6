package org.storageharness.platform.kube.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.FaultPermission;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.suite.load.SuiteLoader;
import java.util.HashMap;
import java.util.Objects;

/**
 * The permissions derived for a run follow its code paths (namespace mode, checks, fault mode, adapters), and each is
 * granted by the example RBAC file it names.
 */
class RunPermissionsTest {

    private static final String NS = "storage-harness-20260101-000000-1a2b";
    private static final ClusterApis ALL_APIS = new ClusterApis(true, true);

    @TempDir
    Path dir;

    private Suite withChecks;
    private Suite benchmarksOnly;

    @BeforeEach
    void suites() throws Exception {
        SuiteFiles files = new SuiteFiles(dir);
        String engines = """
                engines:
                  - {id: lh, kind: longhorn, storageClass: lh}
                  - {id: ms, kind: mayastor, storageClass: ms}
                  - {id: ls, kind: linstor, storageClass: ls}
                  - {id: ceph, kind: ceph-rbd, storageClass: ceph}
                  - {id: lp, kind: local-path, storageClass: local-path}
                workloads: [randwrite-4k-1x]
                """;
        files.write("checks", "target: kubeconfig\n" + engines + "checks: {run: [snapshot, persistence, failover]}\n");
        files.write("bench", "target: kubeconfig\n" + engines);
        SuiteLoader loader = new SuiteLoader(dir.resolve("suites"), dir);
        withChecks = loader.load("checks", Overrides.none());
        benchmarksOnly = loader.load("bench", Overrides.none());
    }

    private static FaultPermission faults(FaultPermission.Mode mode) {
        return new FaultPermission(true, Set.of("n1"), mode, "true", "true");
    }

    private static List<Permission> derive(Suite suite, String namespace, boolean own, FaultPermission faults,
                                           boolean kept) {
        return RunPermissions.of(new RunScope(suite, suite.engines(), namespace, own, faults, kept, ALL_APIS));
    }

    private static Predicate<Permission> request(String verb, String resource, String namespace) {
        return p -> p.verb().equals(verb) && p.resource().equals(resource) && Objects.equals(p.namespace(),
                namespace);
    }

    @Test
    void benchmarksInARunsOwnNamespaceNeedTierZeroAndReadTheAdaptersOnlyForFacts() {
        List<Permission> permissions = derive(benchmarksOnly, NS, true, FaultPermission.NONE, false);

        assertThat(permissions).anyMatch(request("create", "namespaces", null))
                .anyMatch(request("delete", "namespaces", null)).anyMatch(request("create", "pods", NS))
                .anyMatch(request("get", "pods/log", NS))
                .anyMatch(request("deletecollection", "volumesnapshots.snapshot.storage.k8s.io", NS))
                .noneMatch(p -> p.resource().equals("persistentvolumes"));
        assertThat(permissions).filteredOn(Permission::required)
                .allSatisfy(p -> assertThat(p.grantedBy()).endsWith("rbac-tier0-core.yaml"));
        assertThat(permissions).filteredOn(request("list", "replicas.longhorn.io", "longhorn-system"))
                .singleElement().satisfies(p -> assertThat(p.required()).isFalse());
    }

    @Test
    void aGivenNamespaceIsNeitherCreatedNorDeletedAndPointsToTheFixedNamespaceFile() {
        List<Permission> permissions = derive(benchmarksOnly, "team", false, FaultPermission.NONE, false);

        assertThat(permissions).noneMatch(request("create", "namespaces", null))
                .noneMatch(request("delete", "namespaces", null)).anyMatch(request("list", "namespaces", null));
        assertThat(permissions).filteredOn(p -> p.grantedBy().contains("tier0")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.grantedBy()).endsWith("rbac-tier0-fixed-namespace.yaml"));
    }

    @Test
    void checksNeedTheAdaptersReadsAndEachFaultModeItsOwnRights() {
        List<Permission> replica = derive(withChecks, NS, true, faults(FaultPermission.Mode.REPLICA), false);
        List<Permission> drain = derive(withChecks, NS, true, faults(FaultPermission.Mode.DRAIN), false);
        List<Permission> command = derive(withChecks, NS, true, faults(FaultPermission.Mode.COMMAND), false);
        List<Permission> none = derive(withChecks, NS, true, FaultPermission.NONE, false);

        assertThat(none).filteredOn(request("get", "services/proxy", "openebs")).singleElement()
                .satisfies(p -> assertThat(p.required()).isTrue())
                .satisfies(p -> assertThat(p.name()).isEqualTo("openebs-api-rest:8081"));
        assertThat(replica).anyMatch(request("delete", "replicas.longhorn.io", "longhorn-system"))
                .anyMatch(request("delete", "pods", "rook-ceph")).noneMatch(request("patch", "nodes", null));
        assertThat(drain).anyMatch(request("patch", "nodes", null)).anyMatch(request("create", "pods/eviction", NS))
                .noneMatch(request("delete", "replicas.longhorn.io", "longhorn-system"));
        assertThat(command).isEqualTo(none);
        assertThat(none).noneMatch(p -> p.grantedBy().contains("tier2") || p.grantedBy().contains("tier3"));
    }

    @Test
    void everyPermissionIsGrantedByTheExampleFileItNames() {
        List<Permission> all = new ArrayList<>();
        for (FaultPermission.Mode mode : FaultPermission.Mode.values()) {
            all.addAll(derive(withChecks, NS, true, faults(mode), true));
            all.addAll(derive(withChecks, "storage-harness-runs", false, faults(mode), true));
        }
        Map<String, RbacExamples> files = new HashMap<>();

        assertThat(all.stream().filter(p -> !files.computeIfAbsent(p.grantedBy(), RbacExamples::of).grants(p))
                .map(p -> p.request() + " → " + p.grantedBy()).distinct())
                .as("permissions their named example file does not grant").isEmpty();
    }

    @Test
    void theGrantCheckFindsARightNoFileGives() {
        Permission deleteNodes = new Permission("delete", "nodes", null, null,
                Tier.NODE_DRAIN.file(true), true, "never");
        Permission podsElsewhere = new Permission("create", "pods", "kube-system", null,
                Tier.CORE.file(false), true, "a Role elsewhere");

        assertThat(RbacExamples.of(deleteNodes.grantedBy()).grants(deleteNodes)).isFalse();
        assertThat(RbacExamples.of(podsElsewhere.grantedBy()).grants(podsElsewhere)).isFalse();
    }
}

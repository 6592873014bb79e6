package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.FaultPermission;
import org.storageharness.junit.BenchmarkTests;
import org.storageharness.junit.CheckTests;
import org.storageharness.platform.kube.access.ClusterApis;
import org.storageharness.platform.kube.access.Permission;
import org.storageharness.platform.kube.access.RunPermissions;
import org.storageharness.platform.kube.access.RunScope;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.CheckKind;
import java.util.ArrayList;
import org.storageharness.testing.RequiresFio;

/**
 * The permissions derived for a run cover what it really asks for: a run on the simulated cluster (a benchmark, the
 * three checks with the replica fault, then the failover check again with the drain) makes no request that the
 * derivation left out. (Some derived ones are not seen here because they serve paths the simulation rarely takes:
 * waits that time out, evidence of a broken case.)
 */
@Tag("simulated-cluster")
@RequiresFio
class RunPermissionsRecordedTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithEveryCheckAndBothClusterFaultModesAsksOnlyForDerivedPermissions() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            List<Permission> derived = new ArrayList<>();
            for (String mode : List.of("replica", "drain")) {
                FaultPermission faults = faults(mode);
                RunSession session = bed.open(dir.resolve(mode));
                session.checks().allowFaults(faults);
                String namespace = session.facts().get("namespace");
                if (mode.equals("replica")) {
                    BenchmarkTests.benchmark(session, RunSession.cases(bed.suite).get(0));
                    CheckTests.run(session, bed.suite.engines().get(0), CheckKind.SNAPSHOT);
                    CheckTests.run(session, bed.suite.engines().get(0), CheckKind.PERSISTENCE);
                    CheckTests.run(session, bed.suite.engines().get(0), CheckKind.CLONE);
                    CheckTests.run(session, bed.suite.engines().get(0), CheckKind.EXPANSION);
                }
                CheckTests.run(session, bed.suite.engines().get(0), CheckKind.FAILOVER);
                session.close();
                derived.addAll(RunPermissions.of(new RunScope(bed.suite, bed.suite.engines(), namespace, true, faults,
                        false, ClusterApis.read(bed.bed.cluster.client()))));
            }
            Set<String> missing = new TreeSet<>();
            bed.bed.cluster.harnessRequestKinds().stream().filter(r -> !covered(r, derived)).forEach(missing::add);
            assertThat(missing).as("requests of the run that RunPermissions does not derive").isEmpty();
        }
    }

    private static FaultPermission faults(String mode) {
        Properties p = new Properties();
        p.setProperty("faults", "allow");
        p.setProperty("faults.nodes", "node-1,node-2,node-3");
        p.setProperty("faults.mode", mode);
        return RunSettings.from(p, Map.of()).faults();
    }

    /** {@code verb resource [namespace]} is granted by a permission on any namespace or on that one. */
    private static boolean covered(String request, List<Permission> derived) {
        String[] parts = request.split(" ");
        String namespace = parts.length > 2 ? parts[2] : null;
        return derived.stream().anyMatch(p -> p.verb().equals(parts[0]) && p.resource().equals(parts[1])
                && (p.namespace() == null || p.namespace().equals(namespace)));
    }
}

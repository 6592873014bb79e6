package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.platform.k3s.DockerProbe;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.TestSuites;
import org.storageharness.testing.CommandLines;
import org.storageharness.testing.ManifestFiles;

@RequiresFio
class PlatformResolverTest {

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private Suite suite(TargetKind kind) {
        EngineSpec engine = new EngineSpec("e", "generic", "", LocalVolume.directory(dir.resolve("v")),
                KubeVolume.of("local-path"));
        Suite s = TestSuites.suite(engine, TestSuites.workload("0"));
        return new Suite(s.name(), s.file(), "", kind, s.engines(), s.workloads(), List.of(), 1);
    }

    private Platform resolve(TargetKind kind, Map<String, String> props) {
        try (FioRunner fio = new FioRunner("fio")) {
            return PlatformResolver.resolve(suite(kind), fio, "r1", CommandLines.settings(props).platform(), log::add);
        }
    }

    @Test
    void autoPicksAnAllowedKubeconfigContextAndSaysSo() throws IOException {
        try (Platform t = resolve(TargetKind.AUTO, Map.of("kubeconfig", kubeconfig().toString(),
                "cluster.allow", "lab"))) {
            assertThat(t.id()).isEqualTo("kubeconfig:lab");
        }
        assertThat(log).anyMatch(l -> l.contains("target auto → kubeconfig"));
    }

    @Test
    void autoFallsBackToTheLocalHostAndSaysWhyWhenTheContextIsNotAllowedAndThereIsNoDocker() throws IOException {
        assumeTrue(DockerProbe.unavailableReason(CommandLines.thisMachinesDocker()).isPresent(),
                "shows the no-Docker fallback; Docker is available");

        try (Platform t = resolve(TargetKind.AUTO, Map.of("kubeconfig", kubeconfig().toString()))) {
            assertThat(t.id()).isEqualTo("local");
        }
        assertThat(log).anyMatch(l -> l.contains("target auto → local") && l.contains("context [lab]")
                && l.contains("is not allowed") && l.contains("no Docker"));
    }

    @Test
    void k3sWithoutDockerSkipsEveryCaseWithTheReason() {
        assumeTrue(DockerProbe.unavailableReason(CommandLines.thisMachinesDocker()).isPresent(),
                "shows the no-Docker path; Docker is available");

        try (Platform t = resolve(TargetKind.K3S, Map.of())) {
            assertThat(t.skipReason(suite(TargetKind.K3S).engines().get(0))).hasValueSatisfying(r ->
                    assertThat(r).startsWith("Cluster unavailable: target [k3s] needs a Docker engine"));
            assertThat(t.checksUnsupported()).as("the correctness checks say the same, not 'use -Dtarget=k3s'")
                    .hasValueSatisfying(r -> assertThat(r).startsWith("Cluster unavailable: target [k3s]"));
        }
    }

    private Path kubeconfig() throws IOException {
        return ManifestFiles.unreachableKubeconfig(dir.resolve("kubeconfig"), "lab");
    }
}

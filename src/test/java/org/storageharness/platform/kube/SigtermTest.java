package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.testing.RequiresFio;

/**
 * SIGTERM (what Ctrl-C and a CI job's cancel send) to a JVM in the middle of a case on the simulated cluster: its
 * shutdown hook removes the run's pods and PVCs, so the simulated kubelet stops fio and the volumes are deleted.
 */
@Tag("simulated-cluster")
@RequiresFio
class SigtermTest {

    @TempDir
    Path dir;

    @Test
    void aTerminatedRunRemovesItsPodsAndVolumesOnTheWayOut() throws Exception {
        Path ready = dir.resolve("ready");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SigtermChild.class.getName(), dir.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            await("the child's fio pod to run").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.exists(ready) || !child.isAlive());
            assertThat(child.isAlive()).as("child still running; its log:\n%s", log()).isTrue();
            assertThat(volumes()).isNotEmpty();

            child.destroy();

            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child ended after SIGTERM").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(volumes()).as("volume directories left; child log:\n%s", log()).isEmpty();
        assertThat(fioUnder(dir)).isEmpty();
    }

    private List<Path> volumes() throws Exception {
        Path volumes = dir.resolve("sim/volumes");
        if (!Files.isDirectory(volumes)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(volumes)) {
            return s.toList();
        }
    }

    private static List<String> fioUnder(Path dir) {
        return ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("fio") && c.contains(dir.toString())).toList();
    }

    private String log() throws Exception {
        File f = dir.resolve("child.log").toFile();
        return f.exists() ? Files.readString(f.toPath()) : "";
    }
}

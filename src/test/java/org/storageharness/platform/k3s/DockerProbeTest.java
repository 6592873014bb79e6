package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.testing.CommandLines;

class DockerProbeTest {

    private static final Duration PING = Duration.ofMillis(200);

    @TempDir
    Path dir;
    private final AtomicInteger testcontainersAsked = new AtomicInteger();

    private DockerProbe probe(Map<String, String> env, boolean testcontainersAgrees) {
        Path home = dir.resolve("home");
        DockerEndpoints endpoints = new DockerEndpoints(env, home, List.of(dir.resolve("system-docker.sock")));
        return new DockerProbe(endpoints, PING, () -> {
            testcontainersAsked.incrementAndGet();
            return testcontainersAgrees;
        });
    }

    @Test
    void listsEveryPlaceItLookedWhenNoEngineIsThere() {
        Optional<String> reason = probe(Map.of(), true).reason();

        assertThat(reason).get().asString()
                .contains("DOCKER_HOST is not set")
                .contains("no [" + dir.resolve("home/.testcontainers.properties") + "]")
                .contains("no socket at [" + dir.resolve("system-docker.sock") + "]")
                .contains("[" + dir.resolve("home/.docker/run/docker.sock") + "]")
                .contains("[" + dir.resolve("home/.docker/desktop/docker.sock") + "]");
        assertThat(testcontainersAsked).hasValue(0);
    }

    @Test
    void findsADaemonOnDockerHostAndLetsTestcontainersConfirm() throws Exception {
        try (FakeDockerSocket docker = FakeDockerSocket.answering(dir.resolve("d.sock"), FakeDockerSocket.PONG)) {
            DockerProbe probe = probe(Map.of("DOCKER_HOST", "unix://" + docker.path), true);

            assertThat(probe.precheck().answered()).get().extracting(DockerEndpoint::source).isEqualTo("DOCKER_HOST");
            assertThat(probe.reason()).isEmpty();
            assertThat(testcontainersAsked).hasValue(1);
        }
    }

    @Test
    void reportsADaemonThatTestcontainersCannotUse() throws Exception {
        try (FakeDockerSocket docker = FakeDockerSocket.answering(dir.resolve("d.sock"), FakeDockerSocket.PONG)) {
            Optional<String> reason = probe(Map.of("DOCKER_HOST", "unix://" + docker.path), false).reason();

            assertThat(reason).get().asString().contains("[unix://" + docker.path + "] (DOCKER_HOST) answered, but"
                    + " Testcontainers cannot use it");
        }
    }

    @Test
    void reportsASocketNobodyListensOn() throws Exception {
        Path stale = FakeDockerSocket.stale(dir.resolve("stale.sock"));

        Optional<String> reason = probe(Map.of("DOCKER_HOST", "unix://" + stale), true).reason();

        assertThat(reason).get().asString().contains("[unix://" + stale + "] (DOCKER_HOST)")
                .containsIgnoringCase("refused");
        assertThat(testcontainersAsked).hasValue(0);
    }

    @Test
    void givesUpOnASilentSocketWithinItsTimeout() throws Exception {
        try (FakeDockerSocket silent = FakeDockerSocket.answering(dir.resolve("s.sock"), null)) {
            long start = System.nanoTime();
            Optional<String> reason = probe(Map.of("DOCKER_HOST", "unix://" + silent.path), true).reason();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(reason).get().asString().contains("no answer within [200 ms]");
            assertThat(millis).isBetween(150L, 1000L);
        }
    }

    @Test
    void rejectsSomethingThatIsNotTheDockerApi() throws Exception {
        try (FakeDockerSocket other = FakeDockerSocket.answering(dir.resolve("o.sock"),
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")) {
            Optional<String> reason = probe(Map.of("DOCKER_HOST", "unix://" + other.path), true).reason();

            assertThat(reason).get().asString().contains("answered [HTTP/1.1 404 Not Found] instead of [HTTP/1.1 200 OK]");
        }
    }

    @Test
    void readsDockerHostFromTheTestcontainersPropertiesFile() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (FakeDockerSocket docker = FakeDockerSocket.answering(dir.resolve("p.sock"), FakeDockerSocket.PONG)) {
            Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=unix://" + docker.path + "\n");

            assertThat(probe(Map.of(), true).precheck().answered()).get()
                    .extracting(DockerEndpoint::source).isEqualTo(".testcontainers.properties docker.host");
        }
    }

    @Test
    void tellsAMalformedDockerHostApart() {
        Optional<String> reason = probe(Map.of("DOCKER_HOST", "not a uri"), true).reason();

        assertThat(reason).get().asString().contains("DOCKER_HOST [not a uri] is not a URI");
    }

    @Test
    void answersWithinASecondOnThisMachineWithoutDocker() {
        long start = System.nanoTime();
        Optional<String> reason = DockerProbe.unavailableReason(CommandLines.thisMachinesDocker());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assumeTrue(reason.isPresent(), "checks the no-Docker path; this machine has a Docker engine");
        assertThat(millis).isLessThan(1000);
    }
}

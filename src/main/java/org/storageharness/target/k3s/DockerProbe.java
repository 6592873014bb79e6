package org.storageharness.target.k3s;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a Docker engine is reachable, decided cheaply: without a Docker socket or DOCKER_HOST nothing else is
 * tried (Testcontainers' own discovery would take seconds and log stack traces); with one, Testcontainers decides.
 */
public final class DockerProbe {

    private static final int CONNECT_MILLIS = 300;

    private DockerProbe() {
    }

    /** Why Docker cannot be used here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        return unavailableReason(System.getenv(), Path.of(System.getProperty("user.home", "/root")));
    }

    static Optional<String> unavailableReason(Map<String, String> env, Path home) {
        Optional<String> cheap = cheapCheck(env, home);
        if (cheap.isPresent()) {
            return cheap;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
                    : Optional.of("Testcontainers found a Docker endpoint but could not use it");
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("Testcontainers could not use Docker [" + e.getMessage() + "]");
        }
    }

    /** Empty when some Docker endpoint answers; otherwise the reason, without asking Testcontainers. */
    static Optional<String> cheapCheck(Map<String, String> env, Path home) {
        String host = env.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return reachable(host) ? Optional.empty()
                    : Optional.of("DOCKER_HOST [" + host + "] does not answer");
        }
        List<Path> sockets = Stream.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
                        Path.of(env.getOrDefault("XDG_RUNTIME_DIR", "/run/user/0"), "docker.sock"))
                .toList();
        if (sockets.stream().anyMatch(Files::exists)) {
            return Optional.empty();
        }
        return Optional.of("no Docker socket (" + sockets + ") and no DOCKER_HOST");
    }

    private static boolean reachable(String host) {
        URI uri = URI.create(host);
        if ("unix".equals(uri.getScheme())) {
            return Files.exists(Path.of(uri.getPath()));
        }
        if (uri.getHost() == null) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()), CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

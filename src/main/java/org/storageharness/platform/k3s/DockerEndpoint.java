package org.storageharness.platform.k3s;

import java.net.URI;
import java.nio.file.Path;

/**
 * One place a Docker engine may listen, and where the harness learned of it.
 *
 * @param uri {@code unix://}, {@code tcp://} or {@code npipe://} address
 * @param source what named it ({@code DOCKER_HOST}, a properties file key, or a well-known socket path)
 * @param tls the endpoint speaks TLS, so only a TCP connect is tried before asking Testcontainers
 */
record DockerEndpoint(URI uri, String source, boolean tls) {

    static DockerEndpoint socket(Path path, String source) {
        return new DockerEndpoint(URI.create("unix://" + path.toAbsolutePath()), source, false);
    }

    boolean isUnixSocket() {
        return "unix".equals(uri.getScheme());
    }

    Path socketPath() {
        return Path.of(uri.getPath());
    }
}

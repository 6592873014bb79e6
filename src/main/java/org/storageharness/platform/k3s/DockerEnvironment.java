package org.storageharness.platform.k3s;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a Docker client reads from the machine before it looks for an engine: the environment variables
 * ({@code DOCKER_HOST}, {@code TESTCONTAINERS_DOCKER_HOST}, {@code DOCKER_TLS_VERIFY}, {@code XDG_RUNTIME_DIR}) and
 * the user's home folder ({@code ~/.testcontainers.properties}, Docker Desktop's sockets). Taken once where the run
 * is composed, so probing Docker reads no JVM-wide state.
 *
 * @param variables the process environment, never null
 * @param home the user's home folder; null when unknown (then nothing under it is tried)
 */
public record DockerEnvironment(Map<String, String> variables, Path home) {

    public DockerEnvironment {
        variables = Map.copyOf(variables);
    }

    /** No variables and no home folder: only the system-wide sockets are tried. */
    public static DockerEnvironment none() {
        return new DockerEnvironment(Map.of(), null);
    }
}

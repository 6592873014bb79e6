package org.storageharness.platform.k3s;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The places Testcontainers 2.0 would look for a Docker engine, in its order: {@code tc.host} in
 * {@code ~/.testcontainers.properties}, {@code DOCKER_HOST} (or {@code docker.host}), then the well-known sockets
 * (system, rootless, Docker Desktop). Reading them touches only the environment and the file system.
 *
 * @param home the user's home folder; null when unknown (then neither its properties file nor its sockets are tried)
 * @param systemSockets sockets outside the home directory to try ({@code /var/run/docker.sock}, the rootless one)
 */
record DockerEndpoints(Map<String, String> env, Path home, List<Path> systemSockets) {

    static final String PROPERTIES_FILE = ".testcontainers.properties";

    static DockerEndpoints of(DockerEnvironment environment) {
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock")));
        uid().ifPresent(uid -> sockets.add(Path.of("/run/user", uid, "docker.sock")));
        return new DockerEndpoints(environment.variables(), environment.home(), sockets);
    }

    /** Every candidate, most explicit first, without duplicates. */
    List<DockerEndpoint> candidates() {
        Properties props = userProperties();
        Map<URI, DockerEndpoint> found = new LinkedHashMap<>();
        configured(props, "tc.host", PROPERTIES_FILE + " tc.host", found);
        configured(env.get("DOCKER_HOST"), "DOCKER_HOST", found);
        configured(env.get("TESTCONTAINERS_DOCKER_HOST"), "TESTCONTAINERS_DOCKER_HOST", found);
        configured(props, "docker.host", PROPERTIES_FILE + " docker.host", found);
        for (Path socket : sockets()) {
            DockerEndpoint endpoint = DockerEndpoint.socket(socket, "well-known socket");
            found.putIfAbsent(endpoint.uri(), endpoint);
        }
        return List.copyOf(found.values());
    }

    /** What was not configured, for the "none found" message. */
    List<String> unsetNotes() {
        List<String> notes = new ArrayList<>();
        String dockerHost = env.get("DOCKER_HOST");
        if (blank(dockerHost)) {
            notes.add("DOCKER_HOST is not set");
        } else if (uri(dockerHost).isEmpty()) {
            notes.add("DOCKER_HOST [" + dockerHost + "] is not a URI such as [unix:///var/run/docker.sock]");
        }
        if (home == null) {
            notes.add("home folder unknown");
            return notes;
        }
        Path file = home.resolve(PROPERTIES_FILE);
        Properties props = userProperties();
        if (!Files.isRegularFile(file)) {
            notes.add("no [" + file + "]");
        } else if (blank(props.getProperty("docker.host")) && blank(props.getProperty("tc.host"))) {
            notes.add("[" + file + "] sets neither docker.host nor tc.host");
        }
        return notes;
    }

    private List<Path> sockets() {
        List<Path> sockets = new ArrayList<>(systemSockets);
        if (!blank(env.get("XDG_RUNTIME_DIR"))) {
            sockets.add(Path.of(env.get("XDG_RUNTIME_DIR"), "docker.sock"));
        }
        if (home != null) {
            sockets.add(home.resolve(".docker/run/docker.sock"));
            sockets.add(home.resolve(".docker/desktop/docker.sock"));
        }
        return sockets;
    }

    private void configured(Properties props, String key, String source, Map<URI, DockerEndpoint> found) {
        configured(props.getProperty(key), source, found);
    }

    private void configured(String value, String source, Map<URI, DockerEndpoint> found) {
        if (blank(value)) {
            return;
        }
        Optional<URI> parsed = uri(value);
        if (parsed.isEmpty()) {
            return;
        }
        URI uri = parsed.get();
        boolean tls = "https".equals(uri.getScheme()) || !blank(env.get("DOCKER_TLS_VERIFY")) || uri.getPort() == 2376;
        found.putIfAbsent(uri, new DockerEndpoint(uri, source, tls));
    }

    private Properties userProperties() {
        Properties props = new Properties();
        Path file = home == null ? null : home.resolve(PROPERTIES_FILE);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable file configures nothing; Testcontainers would ignore it the same way.
            }
        }
        return props;
    }

    private static Optional<String> uid() {
        try {
            return Optional.of(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value.trim());
            return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

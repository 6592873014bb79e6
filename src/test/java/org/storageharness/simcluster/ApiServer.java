package org.storageharness.simcluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode, behind a dispatcher that adds what the store lacks; over HTTPS with a
 * self-signed certificate as a real API server, or over plain HTTP, which spares a key pair and the handshakes (about
 * 0.6 s of CPU per server, measured) where a test does not need TLS.
 */
final class ApiServer implements AutoCloseable {

    /** User agent of the simulation's own clients: their requests are not counted as the harness's. */
    static final String SIM_AGENT = "storage-harness-simcluster";
    static final String TOKEN = "simcluster-token";
    static final String KUBERNETES_VERSION = "v1.31.4";

    // java.util.logging holds loggers weakly: this reference keeps the per-request INFO lines switched off.
    private static final Logger MOCK_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

    private final KubernetesMockServer server;
    private final ApiDispatcher dispatcher;

    ApiServer(PodLogs logs, PodUsages usages, boolean tls) {
        MOCK_SERVER_LOG.setLevel(Level.WARNING);
        MockWebServer web = new MockWebServer();
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        dispatcher = new ApiDispatcher(web, expectations, logs, usages);
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), web, expectations, dispatcher, tls,
                version());
        server.start();
    }

    /** The server's base URL, without a trailing slash. */
    String url() {
        String url = server.url("/");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    int harnessRequests() {
        return dispatcher.harnessRequests();
    }

    AccessControl access() {
        return dispatcher.access();
    }

    /** Serves the metrics API, or answers 404 for it as a cluster without metrics-server does. */
    void setMetricsAvailable(boolean available) {
        dispatcher.metrics().setAvailable(available);
    }

    /** A client as the harness would build one; its requests count in {@link #harnessRequests()}. */
    KubernetesClient harnessClient() {
        return new KubernetesClientBuilder().withConfig(config().build()).build();
    }

    /** The controllers' client: same server, but its requests are not counted. */
    KubernetesClient simulationClient() {
        return new KubernetesClientBuilder().withConfig(config().withUserAgent(SIM_AGENT).build()).build();
    }

    private ConfigBuilder config() {
        return new ConfigBuilder(Config.empty()).withMasterUrl(url()).withTrustCerts(true).withHttp2Disable(true)
                .withNamespace("default").withOauthToken(TOKEN);
    }

    private static VersionInfo version() {
        return new VersionInfo.Builder().withMajor("1").withMinor("31").withGitVersion(KUBERNETES_VERSION)
                .withGitCommit("0000000000000000000000000000000000000000").withGitTreeState("clean")
                .withGoVersion("go1.22.9").withCompiler("gc").withPlatform("linux/" + Nodes.architecture()).build();
    }

    @Override
    public void close() {
        server.destroy();
    }
}

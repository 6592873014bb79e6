package org.storageharness.platform.kube.cluster;

import org.storageharness.platform.kube.KubePlatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.KubeOptions;

@EnableKubernetesMockClient(crud = true, https = false)
class ClusterLoginTest {

    KubernetesMockServer server;

    @TempDir
    Path dir;

    @Test
    void refusesAContextThatIsNotAllowedBeforeAnyRequest() throws IOException {
        Path kubeconfig = kubeconfig("prod");
        int before = server.getRequestCount();

        assertThatThrownBy(() -> KubePlatform.open(settings(kubeconfig, null, "lab"), "r1", line -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("context [prod]")
                .hasMessageContaining("-Dcluster.allow=prod")
                .hasMessageContaining("allowed now: [lab]");
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void refusesWhenNoContextIsAllowedAtAll() throws IOException {
        Path kubeconfig = kubeconfig("lab");

        assertThatThrownBy(() -> ClusterLogin.login(settings(kubeconfig, null)))
                .hasMessageContaining("is not allowed").hasMessageContaining("allowed now: []");
    }

    @Test
    void acceptsAnAllowedContextChosenOnTheCommandLine() throws IOException {
        Path kubeconfig = kubeconfig("prod");
        KubeSettings settings = KubeSettings.from(KubeOptions.defaults(), new KubeOverrides(kubeconfig, "lab",
                List.of("lab"), null, null, false, false));

        ClusterLogin.Login login = ClusterLogin.login(settings);

        assertThat(login.context()).isEqualTo("lab");
        assertThat(login.config().getMasterUrl()).contains(String.valueOf(server.getPort()));
    }

    @Test
    void namesAContextMissingFromTheKubeconfig() throws IOException {
        Path kubeconfig = kubeconfig("lab");

        assertThatThrownBy(() -> ClusterLogin.login(settings(kubeconfig, "staging", "staging")))
                .hasMessageContaining("context [staging] is not in the kubeconfig")
                .hasMessageContaining("[lab, prod]");
    }

    @Test
    void namesAMissingKubeconfigFile() {
        assertThatThrownBy(() -> ClusterLogin.login(settings(dir.resolve("nope.yaml"), null, "lab")))
                .hasMessageContaining("nope.yaml").hasMessageContaining("-Dkubeconfig");
    }

    private KubeSettings settings(Path kubeconfig, String context, String... allowed) {
        return new KubeSettings(KubeOptions.defaults(), kubeconfig, context, List.of(allowed), false, false);
    }

    /** A kubeconfig with contexts lab and prod, both pointing at the mock server. */
    private Path kubeconfig(String current) throws IOException {
        String url = server.url("/").replaceAll("/$", "");
        String yaml = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s", insecure-skip-tls-verify: true}
                users:
                - name: me
                  user: {token: abc}
                contexts:
                - name: lab
                  context: {cluster: mock, user: me}
                - name: prod
                  context: {cluster: mock, user: me}
                current-context: %s
                """.formatted(url, current);
        return Files.writeString(dir.resolve("kubeconfig.yaml"), yaml);
    }
}

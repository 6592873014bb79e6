package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.ConfigBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kubeconfig file for the simulated cluster, as kubectl and fabric8's {@code Config.fromKubeconfig} read it. */
final class Kubeconfig {

    private Kubeconfig() {
    }

    /**
     * Writes {@code file} (parent directories included) with one cluster, user and context, all named
     * {@code contextName}: the server's certificate is self-signed, so TLS verification is off; the token is accepted
     * but never checked.
     */
    static Path write(Path file, String contextName, String serverUrl, String token) {
        Config config = new ConfigBuilder().withApiVersion("v1").withKind("Config")
                .addNewCluster().withName(contextName).withNewCluster().withServer(serverUrl)
                .withInsecureSkipTlsVerify(true).endCluster().endCluster()
                .addNewUser().withName(contextName).withNewUser().withToken(token).endUser().endUser()
                .addNewContext().withName(contextName).withNewContext().withCluster(contextName).withUser(contextName)
                .withNamespace("default").endContext().endContext()
                .withCurrentContext(contextName)
                .build();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, Serialization.asYaml(config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kubeconfig [" + file + "]: " + e.getMessage(), e);
        }
    }
}

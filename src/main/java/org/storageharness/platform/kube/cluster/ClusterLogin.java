package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import java.io.File;
import java.nio.file.Files;
import org.storageharness.suite.ConfigurationException;
import java.nio.file.Path;

/**
 * Reads the kubeconfig and decides, before a single request is sent, whether the harness may touch that cluster.
 */
public final class ClusterLogin {

    /** The name an in-cluster service account login goes by in allow lists. */
    public static final String IN_CLUSTER = "in-cluster";
    private static final String SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

    private ClusterLogin() {
    }

    /**
     * A client configuration for an allowed context.
     *
     * @param config fabric8 configuration (no request has been made with it)
     * @param context the context name, or {@link #IN_CLUSTER}
     */
    public record Login(Config config, String context) {
    }

    /** @throws ConfigurationException when the kubeconfig is missing or the context is not allowed */
    public static Login login(KubeSettings settings) {
        Config config = load(settings);
        NamedContext current = config.getCurrentContext();
        if (current == null && !Files.exists(Path.of(SERVICE_ACCOUNT_TOKEN))) {
            throw new ConfigurationException("no kubeconfig found (KUBECONFIG, ~/.kube/config) and not running in a"
                    + " pod; pass -Dkubeconfig=FILE -Dcontext=NAME, or run with -Dtarget=local");
        }
        String context = current == null ? IN_CLUSTER : current.getName();
        if (settings.context() != null && current != null && !settings.context().equals(context)) {
            throw new ConfigurationException("context [" + settings.context() + "] is not in the kubeconfig"
                    + where(settings) + "; contexts there: " + config.getContexts().stream().map(NamedContext::getName).sorted()
                    .toList());
        }
        if (!settings.allowedContexts().contains(context)) {
            throw new ConfigurationException("context [" + context + "]" + where(settings) + " is not allowed;"
                    + " the harness creates and deletes objects, so it only touches clusters you list: add it to"
                    + " [kubernetes.allowContexts] in the suite or pass -Dcluster.allow=" + context
                    + " (allowed now: " + settings.allowedContexts() + ")");
        }
        if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
            throw new ConfigurationException("context [" + context + "] names no API server URL" + where(settings));
        }
        return new Login(config, context);
    }

    private static Config load(KubeSettings settings) {
        if (settings.kubeconfig() == null) {
            return Config.autoConfigure(settings.context());
        }
        File file = settings.kubeconfig().toFile();
        if (!Files.isReadable(file.toPath())) {
            throw new ConfigurationException("kubeconfig [" + file + "] (-Dkubeconfig) does not exist or is not"
                    + " readable");
        }
        return Config.fromKubeconfig(settings.context(), file);
    }

    private static String where(KubeSettings settings) {
        return settings.kubeconfig() == null ? " (default kubeconfig)" : " (kubeconfig " + settings.kubeconfig() + ")";
    }
}

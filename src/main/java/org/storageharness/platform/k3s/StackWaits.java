package org.storageharness.platform.k3s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.readiness.Readiness;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.storageharness.suite.Units;

/**
 * Bounded, named waits for the add-ons, all sharing one deadline. A timeout becomes a
 * {@link PlatformUnavailableException} naming what was awaited, for how long, and what the pods report.
 */
final class StackWaits {

    private static final String CSI_NAMESPACE = "csi-hostpath";

    private final KubernetesClient client;
    private final Instant deadline;
    private final Duration budget;

    StackWaits(KubernetesClient client, Instant deadline, Duration budget) {
        this.client = client;
        this.deadline = deadline;
        this.budget = budget;
    }

    /** Waits until {@code item} is usable, for the kinds where that means more than "was accepted". */
    void untilReady(HasMetadata item) {
        Optional<Predicate<HasMetadata>> ready = readiness(item);
        if (ready.isEmpty()) {
            return;
        }
        String what = item.getKind() + " [" + name(item) + "] " + signal(item);
        try {
            client.resource(item).waitUntilCondition(r -> r != null && ready.get().test(r), left().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (KubernetesClientTimeoutException e) {
            throw timeout(what, item.getMetadata().getNamespace(), e);
        }
    }

    /** Waits until kubelet has registered {@code driver} on a node, i.e. the CSINode lists it. */
    void untilDriverRegistered(String driver) {
        String what = "CSI driver [" + driver + "] registered on a node (CSINode)";
        try {
            Awaitility.await(what).atMost(left()).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    .until(() -> client.storage().v1().csiNodes().list().getItems().stream()
                            .filter(n -> n.getSpec() != null && n.getSpec().getDrivers() != null)
                            .flatMap(n -> n.getSpec().getDrivers().stream())
                            .anyMatch(d -> driver.equals(d.getName())));
        } catch (ConditionTimeoutException e) {
            throw timeout(what, CSI_NAMESPACE, e);
        }
    }

    static Optional<Predicate<HasMetadata>> readiness(HasMetadata item) {
        if (item instanceof CustomResourceDefinition) {
            return Optional.of(r -> established((CustomResourceDefinition) r));
        } else if (item instanceof Deployment) {
            return Optional.of(r -> Readiness.isDeploymentReady((Deployment) r));
        } else if (item instanceof StatefulSet) {
            return Optional.of(r -> Readiness.isStatefulSetReady((StatefulSet) r));
        } else if (item instanceof DaemonSet) {
            return Optional.of(r -> daemonSetReady((DaemonSet) r));
        } else if (item instanceof StorageClass || item instanceof VolumeSnapshotClass) {
            return Optional.of(Objects::nonNull);
        }
        return Optional.empty();
    }

    private static String signal(HasMetadata item) {
        if (item instanceof CustomResourceDefinition) {
            return "Established";
        }
        return item instanceof StorageClass || item instanceof VolumeSnapshotClass ? "exists" : "ready";
    }

    private static boolean established(CustomResourceDefinition crd) {
        return crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static boolean daemonSetReady(DaemonSet ds) {
        return ds.getStatus() != null && ds.getStatus().getDesiredNumberScheduled() != null
                && ds.getStatus().getDesiredNumberScheduled() > 0
                && ds.getStatus().getDesiredNumberScheduled().equals(ds.getStatus().getNumberReady());
    }

    private Duration left() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private PlatformUnavailableException timeout(String what, String namespace, RuntimeException cause) {
        String pods = namespace == null ? "" : "; " + PodProblems.in(client, namespace);
        return new PlatformUnavailableException("target [k3s] add-on not ready: " + what + " not reached within ["
                + Units.human(budget) + "] of starting K3s" + pods + ". The node pulls its images from"
                + " registry.k8s.io: check the Docker host's network, or raise -D" + K3sSettings.TIMEOUT_PROPERTY,
                cause);
    }

    private static String name(HasMetadata item) {
        String ns = item.getMetadata().getNamespace();
        return ns == null ? item.getMetadata().getName() : ns + "/" + item.getMetadata().getName();
    }
}

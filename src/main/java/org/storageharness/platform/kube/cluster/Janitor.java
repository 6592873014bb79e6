package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.Objects;

/**
 * Removes what a run created, selected only by the run's labels, in dependency order (pods before the volumes they
 * use, volumes before the namespace); also finds and removes what earlier runs left behind.
 */
public final class Janitor {

    private static final Duration GONE_BOUND = Duration.ofMinutes(3);

    private final KubernetesClient client;
    private final Consumer<String> log;

    public Janitor(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    /** Deletes the objects of {@code runId} in {@code namespace}, then the namespace if that run created it. */
    public void clean(String namespace, String runId) {
        waitGone("pods", delete(client.pods().inNamespace(namespace).withLabels(selector(runId))));
        removeVolumes(namespace, runId);
        delete(client.configMaps().inNamespace(namespace).withLabels(selector(runId)));
        Namespace ns = client.namespaces().withName(namespace).get();
        if (ns != null && Labels.ownedBy(ns, runId)) {
            client.namespaces().withName(namespace).delete();
        }
    }

    /**
     * Restored volumes first, then snapshots, then the rest: a ZFS-backed snapshot cannot go while its clone exists,
     * nor a source while it has snapshots (engines.md §10.3).
     */
    private void removeVolumes(String namespace, String runId) {
        var claims = client.persistentVolumeClaims().inNamespace(namespace).withLabels(selector(runId));
        List<String> restored = claims.list().getItems().stream().filter(c -> c.getSpec().getDataSource() != null)
                .map(c -> c.getMetadata().getName()).toList();
        restored.forEach(name -> client.persistentVolumeClaims().inNamespace(namespace).withName(name).delete());
        restored.forEach(name -> awaitNull("restored volume " + name, () -> client.persistentVolumeClaims()
                .inNamespace(namespace).withName(name).waitUntilCondition(Objects::isNull,
                        GONE_BOUND.toMillis(), TimeUnit.MILLISECONDS)));
        removeSnapshots(namespace, runId);
        waitGone("volumes", delete(claims));
    }

    /** The run's VolumeSnapshots; a cluster without the snapshot API has none. */
    private void removeSnapshots(String namespace, String runId) {
        try {
            waitGone("volume snapshots", delete(client.resources(VolumeSnapshot.class).inNamespace(namespace)
                    .withLabels(selector(runId))));
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private void awaitNull(String what, Runnable wait) {
        try {
            wait.run();
        } catch (KubernetesClientException e) {
            log.accept("WARNING: " + what + " was not gone after " + Waits.format(GONE_BOUND)
                    + " [" + e.getMessage() + "]");
        }
    }

    /**
     * Removes runs older than {@code ttl}: per-run namespaces found by label, and, in {@code fixedNamespace} (may be
     * null), objects found by label. Runs younger than the TTL may still be running elsewhere and are only listed.
     */
    public void sweep(String fixedNamespace, Duration ttl, String currentRun, long nowEpochSeconds) {
        Map<String, String> found = new TreeMap<>();
        client.namespaces().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list().getItems()
                .forEach(n -> note(found, n, n.getMetadata().getName()));
        if (fixedNamespace != null) {
            client.persistentVolumeClaims().inNamespace(fixedNamespace).withLabel(Labels.MANAGED_BY, Labels.MANAGER)
                    .list().getItems().forEach(o -> note(found, o, fixedNamespace));
            client.pods().inNamespace(fixedNamespace).withLabel(Labels.MANAGED_BY, Labels.MANAGER)
                    .list().getItems().forEach(o -> note(found, o, fixedNamespace));
        }
        found.forEach((key, created) -> {
            String[] nsRun = key.split("\u0000");
            if (nsRun[1].equals(currentRun)) {
                return;
            }
            long age = nowEpochSeconds - Long.parseLong(created);
            if (age < ttl.toSeconds()) {
                log.accept("objects of run " + nsRun[1] + " in namespace " + nsRun[0] + " are "
                        + Waits.format(Duration.ofSeconds(age)) + " old (younger than the leftover TTL "
                        + Waits.format(ttl) + "): left alone");
                return;
            }
            log.accept("removing leftovers of run " + nsRun[1] + " in namespace " + nsRun[0]
                    + " (" + Waits.format(Duration.ofSeconds(age)) + " old)");
            clean(nsRun[0], nsRun[1]);
        });
    }

    private static void note(Map<String, String> found, HasMetadata object, String namespace) {
        Map<String, String> labels = object.getMetadata().getLabels();
        String run = labels.get(Labels.RUN_ID);
        String created = labels.get(Labels.CREATED_AT);
        if (run != null && created != null && created.matches("\\d+")) {
            found.merge(namespace + "\u0000" + run, created, (a, b) -> Long.parseLong(a) < Long.parseLong(b) ? a : b);
        }
    }

    public static Map<String, String> selector(String runId) {
        return Map.of(Labels.MANAGED_BY, Labels.MANAGER, Labels.RUN_ID, runId);
    }

    private static <T extends HasMetadata> FilterWatchListDeletable<T, ?, ?> delete(
            FilterWatchListDeletable<T, ?, ?> selection) {
        selection.delete();
        return selection;
    }

    private void waitGone(String what, FilterWatchListDeletable<? extends HasMetadata, ?, ?> selection) {
        try {
            selection.informOnCondition(List::isEmpty).get(GONE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | KubernetesClientException e) {
            log.accept("WARNING: " + what + " of the run were not gone after "
                    + Waits.format(GONE_BOUND) + " [" + e.getMessage() + "]; check with kubectl get " + what
                    + " -l " + Labels.MANAGED_BY + "=" + Labels.MANAGER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}

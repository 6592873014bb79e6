package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.ClusterEvidence;
import org.storageharness.platform.kube.cluster.Waits;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.storageharness.lifecycle.Uninterrupted;
import java.time.Instant;

/** Runs one fio job file in pods, one per volume at once, and brings back their logs; removes the pods after. */
public final class PodJobs {

    /** What one pod left: its name, the node it ran on, its log, and when it was seen running. */
    public record PodLog(String pod, String node, String log, Instant running) {
    }

    private static final Duration DELETE_BOUND = Duration.ofMinutes(2);

    private final KubernetesClient client;
    private final String namespace;
    private final FioPods pods;
    private final Waits waits;

    private final ClusterEvidence evidence;
    private final PodFioVersion fioVersion;

    public PodJobs(KubernetesClient client, String namespace, FioPods pods, ClusterEvidence evidence,
                   PodFioVersion fioVersion) {
        this.evidence = evidence;
        this.fioVersion = fioVersion;
        this.client = client;
        this.namespace = namespace;
        this.pods = pods;
        this.waits = new Waits(client, namespace);
    }

    /** How long pods may take to start, and then to finish fio. */
    public record Bounds(Duration start, Duration run) {
    }

    /**
     * @param name base name of the ConfigMap and pods (a DNS label)
     * @param evidenceDir where the cluster's state goes if the pods fail, before they are removed
     */
    public List<PodLog> run(String name, String role, String jobText, List<VolumePool.Volume> volumes, String runtime,
                     Bounds bounds, Path evidenceDir) throws InterruptedException {
        // Only what was created here is removed after: a name clash must never delete someone else's object.
        client.configMaps().inNamespace(namespace).resource(pods.jobFile(name, volumes.get(0).engine(), jobText))
                .create();
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < volumes.size(); i++) {
                String pod = volumes.size() == 1 ? name : name + "-" + i;
                VolumePool.Volume v = volumes.get(i);
                client.pods().inNamespace(namespace)
                        .resource(pods.pod(pod, role, v, name, v.node(), runtime)).create();
                names.add(pod);
            }
            return collect(names, bounds, evidenceDir);
        } catch (RuntimeException e) {
            evidence.write(evidenceDir);
            throw e;
        } finally {
            remove(client, namespace, name, names);
        }
    }

    private List<PodLog> collect(List<String> names, Bounds bounds, Path evidenceDir) throws InterruptedException {
        long startBy = System.nanoTime() + bounds.start().toNanos();
        List<Instant> running = new ArrayList<>();
        for (String pod : names) {
            waits.started(pod, left(startBy));
            running.add(Instant.now());
        }
        long finishBy = System.nanoTime() + bounds.run().toNanos();
        List<PodLog> logs = new ArrayList<>();
        for (String pod : names) {
            Pod done = waits.finished(pod, left(finishBy));
            if ("Failed".equals(done.getStatus().getPhase())) {
                evidence.write(evidenceDir);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for pod [" + pod + "]");
            }
            String log = client.pods().inNamespace(namespace).withName(pod)
                    .inContainer(FioPodContract.CONTAINER).getLog();
            fioVersion.check(FioLog.parse(log));
            logs.add(new PodLog(pod, done.getSpec().getNodeName(), log, running.get(logs.size())));
        }
        return logs;
    }

    private static Duration left(long deadlineNanos) {
        return Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), 0));
    }

    /**
     * Deletes the pods, waits until they are gone, then deletes their ConfigMap; pods already gone are fine. Runs even
     * when the caller was interrupted: the interrupt is set aside so the waits can work, then restored.
     */
    public static void remove(KubernetesClient client, String namespace, String configMap, List<String> names) {
        Uninterrupted.run(() -> removeNow(client, namespace, configMap, names));
    }

    private static void removeNow(KubernetesClient client, String namespace, String configMap, List<String> names) {
        for (String pod : names) {
            client.pods().inNamespace(namespace).withName(pod).delete();
        }
        for (String pod : names) {
            client.pods().inNamespace(namespace).withName(pod)
                    .waitUntilCondition(Objects::isNull, DELETE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        }
        client.configMaps().inNamespace(namespace).withName(configMap).delete();
    }
}

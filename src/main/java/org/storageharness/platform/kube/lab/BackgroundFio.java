package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.pods.PodFiles;

import org.storageharness.platform.kube.cluster.ClusterEvidence;
import org.storageharness.platform.kube.pods.FioLog;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.platform.kube.pods.FioPods;
import org.storageharness.platform.kube.pods.PodJobs;
import org.storageharness.platform.kube.pods.VolumePool;
import org.storageharness.platform.kube.cluster.Waits;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.storageharness.check.VolumeIo;
import org.storageharness.platform.Platform.Evidence;
import java.util.List;

/** A fio pod that runs while a check does something else (the failover writer); removed when it is awaited. */
public final class BackgroundFio implements VolumeIo.Background {

    private final KubernetesClient client;
    private final String namespace;
    private final String pod;
    private final Waits waits;
    private final ClusterEvidence evidence;
    private final Path stepDir;
    private String node;
    private Instant running;

    private BackgroundFio(KubernetesClient client, String namespace, String pod, ClusterEvidence evidence,
                          Path stepDir) {
        this.client = client;
        this.namespace = namespace;
        this.pod = pod;
        this.waits = new Waits(client, namespace);
        this.evidence = evidence;
        this.stepDir = stepDir;
    }

    /** Creates the job's ConfigMap (named like the pod) and the pod, and waits until it runs. */
    public static BackgroundFio start(KubernetesClient client, String namespace, FioPods pods,
                               ClusterEvidence evidence, String name, VolumePool.Volume volume, String jobText,
                               Duration startBound, Path stepDir) throws InterruptedException {
        PodFiles.write(stepDir.resolve(Evidence.JOB_FILE), jobText);
        client.configMaps().inNamespace(namespace).resource(pods.jobFile(name, volume.engine(), jobText)).create();
        BackgroundFio fio = new BackgroundFio(client, namespace, name, evidence, stepDir);
        try {
            client.pods().inNamespace(namespace).resource(pods.pod(name, "writer", volume, name, volume.node(), null))
                    .create();
            var started = fio.waits.started(name, startBound);
            fio.node = started.getSpec().getNodeName();
            fio.running = Instant.now();
            return fio;
        } catch (RuntimeException | InterruptedException e) {
            evidence.write(stepDir);
            fio.remove();
            throw e;
        }
    }

    @Override
    public String pod() {
        return pod;
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public Instant running() {
        return running;
    }

    @Override
    public VolumeIo.Finished await(Duration bound) throws InterruptedException {
        try {
            waits.finished(pod, bound);
            Instant finished = Instant.now();
            FioLog out = FioLog.parse(client.pods().inNamespace(namespace).withName(pod)
                    .inContainer(FioPodContract.CONTAINER).getLog());
            out.writeEvidence(stepDir);
            out.files().forEach((file, content) -> PodFiles.write(stepDir.resolve(file), content));
            return new VolumeIo.Finished(out.exitCode(), out.json(), out.messages(), out.files(), finished);
        } catch (RuntimeException | InterruptedException e) {
            evidence.write(stepDir);
            throw e;
        } finally {
            remove();
        }
    }

    @Override
    public void close() {
        remove();
    }

    /** Deletes the pod and its ConfigMap; a pod already gone (evicted) is fine. */
    public void remove() {
        PodJobs.remove(client, namespace, pod, List.of(pod));
    }
}

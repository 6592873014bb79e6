package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Labels;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.storageharness.fio.ResourceCost;

/**
 * Samples CPU and memory of an engine's pods from metrics-server while a case runs: the pods are those matching the
 * engine kind's {@code versionPods} selector, in any namespace. Metrics-server refreshes every ~15 s, so long cases
 * give meaningful averages and short ones a few samples.
 */
public final class ResourceSampler implements AutoCloseable {

    private final KubernetesClient client;
    private final Map<String, String> selector;
    private final List<double[]> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "engine-resource-sampler");
        t.setDaemon(true);
        return t;
    });

    /** @param selector {@code app=longhorn-manager[,k=v]} */
    public ResourceSampler(KubernetesClient client, String selector, Duration interval) {
        this.client = client;
        this.selector = Labels.selector(selector);
        timer.scheduleAtFixedRate(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the cluster serves metrics.k8s.io (metrics-server), asked once per run. */
    public static boolean available(KubernetesClient client) {
        try {
            return client.supports(PodMetrics.class);
        } catch (KubernetesClientException e) {
            return false;
        }
    }

    private void sample() {
        try {
            List<PodMetrics> pods = client.top().pods().withLabels(selector).metrics().getItems();
            double cpu = 0;
            double mem = 0;
            for (PodMetrics pod : pods) {
                for (var c : pod.getContainers()) {
                    cpu += amount(c.getUsage().get("cpu")).doubleValue();
                    mem += amount(c.getUsage().get("memory")).doubleValue() / (1 << 20);
                }
            }
            if (!pods.isEmpty()) {
                synchronized (samples) {
                    samples.add(new double[] {cpu, mem});
                }
            }
        } catch (KubernetesClientException e) {
            // A missed sample (metrics-server restarting) only lowers the sample count.
        }
    }

    private static BigDecimal amount(Quantity q) {
        return q == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(q);
    }

    /** Stops sampling; null when no sample came back (no matching pods, or metrics-server never answered). */
    public ResourceCost stop() {
        close();
        synchronized (samples) {
            if (samples.isEmpty()) {
                return null;
            }
            double cpu = samples.stream().mapToDouble(s -> s[0]).average().orElse(0);
            double mem = samples.stream().mapToDouble(s -> s[1]).max().orElse(0);
            return new ResourceCost(samples.size(), cpu, mem);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

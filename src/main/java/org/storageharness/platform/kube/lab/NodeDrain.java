package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.Janitor;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.storageharness.engine.FaultHandle;

/**
 * The drain fault: cordons a node and evicts the run's own pods on it (never anyone else's); undoing it uncordons the
 * node, unless it was cordoned before the harness came.
 */
public final class NodeDrain implements FaultHandle {

    private final KubernetesClient client;
    private final String node;
    private final boolean cordonedHere;
    private volatile boolean undone;

    private NodeDrain(KubernetesClient client, String node, boolean cordonedHere) {
        this.client = client;
        this.node = node;
        this.cordonedHere = cordonedHere;
    }

    public static NodeDrain drain(KubernetesClient client, String node, String namespace, String runId) {
        Node now = client.nodes().withName(node).get();
        if (now == null) {
            throw new ClusterProblemException("node [" + node + "] to drain does not exist");
        }
        boolean already = now.getSpec() != null && Boolean.TRUE.equals(now.getSpec().getUnschedulable());
        NodeDrain drain = new NodeDrain(client, node, !already);
        try {
            if (!already) {
                client.nodes().withName(node).edit(n -> {
                    n.getSpec().setUnschedulable(true);
                    return n;
                });
            }
            for (Pod pod : client.pods().inNamespace(namespace).withLabels(Janitor.selector(runId)).list()
                    .getItems()) {
                if (node.equals(pod.getSpec().getNodeName())) {
                    client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).evict();
                }
            }
            return drain;
        } catch (RuntimeException e) {
            undoUnreturned(drain, e);
            throw e;
        }
    }

    /**
     * The caller never gets a handle to undo a drain that failed half-way (an interrupt between cordon and evictions
     * included), so it is undone here; with the interrupt set aside, or the client would refuse the uncordon too.
     */
    private static void undoUnreturned(NodeDrain drain, RuntimeException failure) {
        boolean interrupted = Thread.interrupted();
        try {
            drain.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String description() {
        return "cordoned node " + node + " and evicted the run's pods on it";
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public void close() {
        if (undone || !cordonedHere) {
            return;
        }
        client.nodes().withName(node).edit(n -> {
            n.getSpec().setUnschedulable(false);
            return n;
        });
        undone = true;
    }
}

package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Consumer;
import org.storageharness.lifecycle.Uninterrupted;

/**
 * Removes a run's objects at the end, on close and from the JVM's shutdown hook: first undoes any fault still in
 * place (even with {@code -Dkeep=true}: a cordoned node must not stay cordoned), then deletes by the run's labels,
 * or with {@code -Dkeep=true} prints the command that would.
 */
public final class RunCleanup {

    private final Janitor janitor;
    private final OpenFaults faults;
    private final String namespace;
    private final String runId;
    private final boolean ownNamespace;
    private final boolean keep;
    private final Consumer<String> log;
    /** Set once the run may have created something; before that there is nothing to clean up. */
    private volatile boolean armed;

    public RunCleanup(Janitor janitor, OpenFaults faults, String namespace, String runId, boolean ownNamespace, boolean keep,
               Consumer<String> log) {
        this.janitor = janitor;
        this.faults = faults;
        this.namespace = namespace;
        this.runId = runId;
        this.ownNamespace = ownNamespace;
        this.keep = keep;
        this.log = log;
    }

    public void arm() {
        armed = true;
    }

    public synchronized void run() {
        if (armed) {
            Uninterrupted.run(this::undoAndRemove);
        }
    }

    private void undoAndRemove() {
        try {
            faults.undoAll();
            if (keep) {
                log.accept("-Dkeep=true: the run's objects stay in namespace " + namespace
                        + "; remove them with " + removeCommand());
                return;
            }
            janitor.clean(namespace, runId);
        } catch (KubernetesClientException e) {
            log.accept("WARNING: could not remove the run's objects [" + e.getMessage() + "];"
                    + " remove them with " + removeCommand());
        }
    }

    private String removeCommand() {
        return "kubectl delete pods,pvc,volumesnapshots,configmaps -n " + namespace + " -l " + Labels.RUN_ID + "="
                + runId + (ownNamespace ? " && kubectl delete namespace " + namespace : "");
    }
}

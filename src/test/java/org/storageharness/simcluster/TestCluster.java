package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.function.UnaryOperator;

/** A simulated cluster for one test, with the test's namespace; closing it fails the test if a controller failed. */
record TestCluster(SimulatedCluster cluster, String namespace) implements AutoCloseable {

    static TestCluster start(String namespace, UnaryOperator<SimulatedCluster> setup) {
        SimulatedCluster cluster = setup.apply(SimulatedCluster.start());
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .endMetadata().build()).create();
        return new TestCluster(cluster, namespace);
    }

    KubernetesClient client() {
        return cluster.client();
    }

    @Override
    public void close() {
        try {
            assertThat(cluster.controllerErrors()).as("errors in the simulated controllers").isEmpty();
        } finally {
            cluster.close();
        }
    }
}

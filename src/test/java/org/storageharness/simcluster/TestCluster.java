package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A simulated cluster for each test, with the test's namespace; closing it fails the test if a controller failed. */
final class TestCluster implements BeforeEachCallback, AfterEachCallback {

    private final String namespace;
    private final UnaryOperator<SimulatedCluster> setup;
    private SimulatedCluster cluster;

    private TestCluster(String namespace, UnaryOperator<SimulatedCluster> setup) {
        this.namespace = namespace;
        this.setup = setup;
    }

    /** For {@code @RegisterExtension} on an instance field; {@code setup} adds the nodes and classes the tests need. */
    static TestCluster of(String namespace, UnaryOperator<SimulatedCluster> setup) {
        return new TestCluster(namespace, setup);
    }

    /** Starts the cluster and creates the namespace, before the test class's own {@code @BeforeEach} methods. */
    @Override
    public void beforeEach(ExtensionContext context) {
        cluster = setup.apply(SimulatedCluster.start());
        cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .endMetadata().build()).create();
    }

    /** Fails the test if a simulated controller failed, and closes the cluster either way. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (cluster == null) {
            return;
        }
        try {
            assertThat(cluster.controllerErrors()).as("errors in the simulated controllers").isEmpty();
        } finally {
            cluster.close();
            cluster = null;
        }
    }

    /** The cluster of the running test; never null while a test runs. */
    SimulatedCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("No simulated cluster [namespace " + namespace + "] outside a test; "
                    + "register TestCluster with @RegisterExtension on an instance field");
        }
        return cluster;
    }

    /** A client of the running test's cluster. */
    KubernetesClient client() {
        return cluster().client();
    }
}

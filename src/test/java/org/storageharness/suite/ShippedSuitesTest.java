package org.storageharness.suite;

import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.load.SuiteLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every suite shipped in {@code suites/} loads without a problem against the shipped catalogs. */
class ShippedSuitesTest {

    @Test
    void everyShippedSuiteLoads() {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        SuiteLoader loader = new SuiteLoader(basedir.resolve("suites"), basedir);
        List<String> names = loader.available();

        assertThat(names).contains("smoke", "storage", "k3s");
        for (String name : names) {
            Suite suite = loader.load(name, Overrides.none());
            assertThat(suite.engines()).as(name).isNotEmpty();
        }
    }

    @Test
    void theK3sSuiteChecksSnapshotsOnCsiHostpathButNoFailover() {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        Suite k3s = new SuiteLoader(basedir.resolve("suites"), basedir).load("k3s", Overrides.none());

        assertThat(k3s.checks().run()).containsExactly(CheckKind.SNAPSHOT, CheckKind.PERSISTENCE);
        assertThat(k3s.engines()).filteredOn(e -> e.id().equals("csi-hostpath"))
                .allSatisfy(e -> assertThat(e.traits().capabilities().snapshot()).isTrue());
        assertThat(k3s.target()).isEqualTo(TargetKind.K3S);
    }
}

package org.storageharness.platform.kube.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;
import org.storageharness.simcluster.SimulatedCluster;
import org.storageharness.simcluster.VolumeBindingMode;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

class SnapshotClassesTest {

    private static final String LONGHORN = "driver.longhorn.io";
    private static final Map<String, String> SNAP = Map.of("type", "snap");

    private SimulatedCluster cluster;

    @BeforeEach
    void start() {
        cluster = SimulatedCluster.start().addNode("n1")
                .addStorageClass("longhorn", LONGHORN, VolumeBindingMode.IMMEDIATE)
                .addStorageClass("other", "other.csi.example.com", VolumeBindingMode.IMMEDIATE);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static EngineSpec engine(String snapshotClass, Map<String, String> parameters) {
        EngineTraits traits = new EngineTraits("longhorn", new Capabilities(true, 3, true, true, true, true), snapshotClass,
                parameters, false, "longhorn-system", Map.of(), null, null);
        return new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("longhorn"), "", traits);
    }

    private SnapshotClasses.Choice choose(EngineSpec engine) {
        return SnapshotClasses.choose(cluster.client(), engine);
    }

    @Test
    void picksTheOnlyClassOfTheEnginesDriverCarryingTheRequiredParameters() {
        cluster.addSnapshotClass("other-snap", "other.csi.example.com", Map.of())
                .addSnapshotClass("longhorn-snap", LONGHORN, Map.of("type", "snap", "extra", "x"));

        SnapshotClasses.Choice choice = choose(engine(null, SNAP));

        assertThat(choice.name()).contains("longhorn-snap");
        assertThat(choice.problem()).isEmpty();
    }

    @Test
    void skipsLonghornWhenItsOnlyClassWouldTakeBackupsAndSaysWhatToCreate() {
        cluster.addSnapshotClass("longhorn", LONGHORN, Map.of());

        SnapshotClasses.Choice choice = choose(engine(null, SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("[driver.longhorn.io]", "{type: snap}", "longhorn (driver "
                + "driver.longhorn.io, no parameters)", "makes a backup", "kind: VolumeSnapshotClass",
                "parameters: {type: snap}", "[snapshotClass: NAME]");
    }

    @Test
    void prefersTheClassWithTheRequiredParametersOverADefaultWithout() {
        cluster.addSnapshotClass("longhorn-backup", LONGHORN, Map.of("type", "bak"))
                .addSnapshotClass("longhorn-snap", LONGHORN, SNAP);

        assertThat(choose(engine(null, SNAP)).name()).contains("longhorn-snap");
    }

    @Test
    void skipsWhenNoClassHasTheEnginesDriver() {
        cluster.addSnapshotClass("other-snap", "other.csi.example.com", Map.of());

        SnapshotClasses.Choice choice = choose(engine(null, SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("no VolumeSnapshotClass has driver [driver.longhorn.io]",
                "other-snap (driver other.csi.example.com", "driver: driver.longhorn.io", "parameters: {type: snap}");
    }

    @Test
    void picksTheDefaultAmongSeveralFittingClasses() {
        cluster.addSnapshotClass("a-default", LONGHORN, SNAP).addSnapshotClass("b", LONGHORN, SNAP);

        assertThat(choose(engine(null, SNAP)).name()).contains("a-default");
    }

    @Test
    void skipsWhenSeveralClassesFitAndNoneIsTheDefault() {
        cluster.addSnapshotClass("other-default", "other.csi.example.com", Map.of())
                .addSnapshotClass("a", LONGHORN, SNAP).addSnapshotClass("b", LONGHORN, SNAP);

        SnapshotClasses.Choice choice = choose(engine(null, SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("[a, b] all fit engine [lh]", "none is annotated",
                "[snapshotClass: NAME]");
    }

    @Test
    void usesTheNamedClassWhenItMatchesDriverAndParameters() {
        cluster.addSnapshotClass("a-default", LONGHORN, SNAP).addSnapshotClass("mine", LONGHORN, SNAP);

        assertThat(choose(engine("mine", SNAP)).name()).contains("mine");
    }

    @Test
    void skipsWhenTheNamedClassDoesNotExist() {
        cluster.addSnapshotClass("longhorn-snap", LONGHORN, SNAP);

        SnapshotClasses.Choice choice = choose(engine("mine", SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("[mine] named for engine [lh] does not exist", "[longhorn-snap]",
                "parameters: {type: snap}");
    }

    @Test
    void skipsWhenTheNamedClassHasAnotherDriver() {
        cluster.addSnapshotClass("mine", "other.csi.example.com", SNAP);

        SnapshotClasses.Choice choice = choose(engine("mine", SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("has driver [other.csi.example.com]", "StorageClass [longhorn]",
                "provisioner [driver.longhorn.io]");
    }

    @Test
    void skipsWhenTheNamedClassLacksARequiredParameter() {
        cluster.addSnapshotClass("mine", LONGHORN, Map.of("type", "bak"));

        SnapshotClasses.Choice choice = choose(engine("mine", SNAP));

        assertThat(choice.name()).isEmpty();
        assertThat(choice.problem()).contains("[mine]", "lacks the parameters {type: snap}", "it has {type: bak}",
                "delete and recreate");
    }

    @Test
    void skipsWhenTheEnginesStorageClassIsMissing() {
        cluster.addSnapshotClass("longhorn-snap", LONGHORN, SNAP);
        EngineSpec engine = new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("gone"), "",
                engine(null, SNAP).traits());

        assertThat(SnapshotClasses.choose(cluster.client(), engine).problem())
                .contains("StorageClass [gone] of engine [lh] does not exist");
    }

    @Test
    void aChoiceHasEitherAClassOrAProblem() {
        assertThatThrownBy(() -> new SnapshotClasses.Choice("a", "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotClasses.Choice(null, "")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.storageharness.platform.kube.lab;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.storageharness.suite.EngineSpec;

/**
 * Chooses the VolumeSnapshotClass an engine's snapshot check uses: the class its traits name, or the one class of the
 * engine's CSI driver carrying the parameters the catalog requires. When none fits, the choice says what to create or
 * name, and the snapshot check is skipped with that reason.
 */
public final class SnapshotClasses {

    public static final String DEFAULT_ANNOTATION = "snapshot.storage.kubernetes.io/is-default-class";

    /** Why required parameters matter, in the user's terms (engines.md 2.4). */
    private static final String WHY = "without them the engine may not take an in-cluster snapshot; Longhorn without"
            + " type: snap makes a backup to the backup target";

    /**
     * The class to use, or why there is none.
     *
     * @param className the chosen class; null when there is none
     * @param problem why there is none and how to fix it; empty when a class was chosen
     */
    public record Choice(String className, String problem) {

        public Choice {
            problem = problem == null ? "" : problem;
            if ((className == null) == problem.isEmpty()) {
                throw new IllegalArgumentException("a choice has either a class [" + className + "] or a problem ["
                        + problem + "], not both or neither");
            }
        }

        static Choice of(String className) {
            return new Choice(className, "");
        }

        static Choice none(String problem) {
            return new Choice(null, problem);
        }

        /** The chosen class; empty with {@link #problem()} saying why. */
        public Optional<String> name() {
            return Optional.ofNullable(className);
        }
    }

    private SnapshotClasses() {
    }

    /** Reads the engine's StorageClass and the VolumeSnapshotClasses; a 403 or a missing API becomes the problem. */
    public static Choice choose(KubernetesClient client, EngineSpec engine) {
        if (engine.storageClass() == null) {
            return Choice.none("engine [" + engine.id() + "] has no Kubernetes volume, so no snapshot class");
        }
        try {
            StorageClass storageClass = client.storage().v1().storageClasses().withName(engine.storageClass()).get();
            if (storageClass == null) {
                return Choice.none("StorageClass [" + engine.storageClass() + "] of engine [" + engine.id()
                        + "] does not exist, so its snapshot driver is unknown");
            }
            List<VolumeSnapshotClass> classes = client.resources(VolumeSnapshotClass.class).list().getItems();
            return choose(engine, storageClass.getProvisioner(), classes);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404 || e.getCode() == 403) {
                return Choice.none("cannot list VolumeSnapshotClasses [HTTP " + e.getCode() + "]: "
                        + (e.getCode() == 404 ? "the snapshot CRDs (snapshot.storage.k8s.io) are not installed"
                        : "the harness may not read volumesnapshotclasses.snapshot.storage.k8s.io; grant it list"));
            }
            throw e;
        }
    }

    /** The choice among {@code classes} for an engine whose StorageClass has {@code driver} as provisioner. */
    public static Choice choose(EngineSpec engine, String driver, List<VolumeSnapshotClass> classes) {
        Map<String, String> required = engine.traits().snapshotParameters();
        String named = engine.traits().snapshotClass();
        if (named != null) {
            return classes.stream().filter(c -> named.equals(c.getMetadata().getName())).findFirst()
                    .map(c -> named(engine, driver, c))
                    .orElseGet(() -> Choice.none("VolumeSnapshotClass [" + named + "] named for engine ["
                            + engine.id() + "] does not exist; existing: " + names(classes) + "; " + create(driver,
                            required) + ", or name an existing one with [snapshotClass: NAME] on the engine"));
        }
        List<VolumeSnapshotClass> ofDriver = classes.stream().filter(c -> driver.equals(c.getDriver())).toList();
        if (ofDriver.isEmpty()) {
            return Choice.none("no VolumeSnapshotClass has driver [" + driver + "] of engine [" + engine.id()
                    + "]; existing: " + described(classes) + "; " + create(driver, required));
        }
        List<VolumeSnapshotClass> fitting = ofDriver.stream().filter(c -> missing(c, required).isEmpty()).toList();
        if (fitting.isEmpty()) {
            return Choice.none("no VolumeSnapshotClass of driver [" + driver + "] carries the parameters "
                    + yaml(required) + " the engine catalog requires for engine [" + engine.id() + "] (" + WHY
                    + "); classes of the driver: " + described(ofDriver) + "; " + create(driver, required)
                    + ", or name one with [snapshotClass: NAME] on the engine");
        }
        return single(engine, fitting);
    }

    private static Choice named(EngineSpec engine, String driver, VolumeSnapshotClass c) {
        String name = c.getMetadata().getName();
        if (!driver.equals(c.getDriver())) {
            return Choice.none("VolumeSnapshotClass [" + name + "] named for engine [" + engine.id()
                    + "] has driver [" + c.getDriver() + "] but the engine's StorageClass [" + engine.storageClass()
                    + "] has provisioner [" + driver + "]; name a class of driver [" + driver + "] or "
                    + create(driver, engine.traits().snapshotParameters()));
        }
        Map<String, String> missing = missing(c, engine.traits().snapshotParameters());
        if (!missing.isEmpty()) {
            return Choice.none("VolumeSnapshotClass [" + name + "] named for engine [" + engine.id() + "] lacks the"
                    + " parameters " + yaml(missing) + " the engine catalog requires (it has " + parameters(c) + "; "
                    + WHY + "); add them to the class (parameters cannot be edited: delete and recreate it) or "
                    + create(driver, engine.traits().snapshotParameters()));
        }
        return Choice.of(name);
    }

    /** One fitting class, or the default-annotated one among several. */
    private static Choice single(EngineSpec engine, List<VolumeSnapshotClass> fitting) {
        if (fitting.size() == 1) {
            return Choice.of(fitting.get(0).getMetadata().getName());
        }
        List<VolumeSnapshotClass> defaults = fitting.stream().filter(SnapshotClasses::isDefault).toList();
        if (defaults.size() == 1) {
            return Choice.of(defaults.get(0).getMetadata().getName());
        }
        return Choice.none("VolumeSnapshotClasses " + names(fitting) + " all fit engine [" + engine.id() + "] and "
                + (defaults.isEmpty() ? "none" : "more than one") + " is annotated [" + DEFAULT_ANNOTATION
                + "=true]; name one with [snapshotClass: NAME] on the engine");
    }

    private static Map<String, String> missing(VolumeSnapshotClass c, Map<String, String> required) {
        Map<String, String> has = c.getParameters() == null ? Map.of() : c.getParameters();
        return required.entrySet().stream().filter(e -> !e.getValue().equals(has.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean isDefault(VolumeSnapshotClass c) {
        Map<String, String> annotations = c.getMetadata().getAnnotations();
        return annotations != null && "true".equals(annotations.get(DEFAULT_ANNOTATION));
    }

    private static String create(String driver, Map<String, String> required) {
        return "create one: [apiVersion: snapshot.storage.k8s.io/v1, kind: VolumeSnapshotClass, driver: " + driver
                + ", deletionPolicy: Delete" + (required.isEmpty() ? "" : ", parameters: " + yaml(required)) + "]";
    }

    private static String yaml(Map<String, String> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String parameters(VolumeSnapshotClass c) {
        return c.getParameters() == null || c.getParameters().isEmpty() ? "no parameters" : yaml(c.getParameters());
    }

    private static List<String> names(List<VolumeSnapshotClass> classes) {
        return classes.stream().map(c -> c.getMetadata().getName()).sorted().toList();
    }

    private static List<String> described(List<VolumeSnapshotClass> classes) {
        return classes.stream().map(c -> c.getMetadata().getName() + " (driver " + c.getDriver() + ", "
                + parameters(c) + ")").sorted().toList();
    }
}

package org.storageharness.suite.load;

import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Problem;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Set;

/** Reads the Kubernetes parts of a suite: the top-level {@code kubernetes:} section and an engine's volume keys. */
final class KubeReader {

    private static final Set<String> KEYS = Set.of("allowContexts", "namespace", "fioImage", "nodeSelector", "cpu",
            "memory", "bindTimeout", "leftoverTtl");
    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";

    private KubeReader() {
    }

    static KubeOptions options(Fields top, List<Problem> problems) {
        if (!top.has("kubernetes")) {
            return KubeOptions.defaults();
        }
        Fields f = Fields.of(top.node("kubernetes"), KEYS, problems);
        String namespace = f.string("namespace", null);
        if (namespace != null && !namespace.matches(DNS_LABEL)) {
            f.report("namespace", "[" + namespace + "] is not a valid namespace name (lower-case DNS label)");
        }
        return new KubeOptions(f.strings("allowContexts"), namespace, f.string("fioImage", null),
                f.scalarMap("nodeSelector"), quantity(f, "cpu"), quantity(f, "memory"), f.duration("bindTimeout"),
                f.duration("leftoverTtl"));
    }

    /** The engine's volume on Kubernetes, or null when it names no StorageClass. */
    static KubeVolume volume(Fields engine) {
        String storageClass = engine.string("storageClass", null);
        String mode = engine.string("volumeMode", "Filesystem");
        if (!mode.equals("Filesystem") && !mode.equals("Block")) {
            engine.report("volumeMode", "unknown volume mode [" + mode + "]; allowed: [Filesystem, Block]");
        }
        String access = engine.string("accessMode", "ReadWriteOnce");
        if (!KubeVolume.ACCESS_MODES.contains(access)) {
            engine.report("accessMode", "unknown access mode [" + access + "]; allowed: " + KubeVolume.ACCESS_MODES);
        }
        String size = quantity(engine, "volumeSize");
        if (storageClass == null) {
            for (String key : List.of("volumeMode", "accessMode", "volumeSize")) {
                if (engine.has(key)) {
                    engine.report(key, "[" + key + "] needs [storageClass]: it describes the engine's PVCs");
                }
            }
            return null;
        }
        return new KubeVolume(storageClass, mode.equals("Block"), access, size);
    }

    private static String quantity(Fields f, String key) {
        String text = f.string(key, null);
        if (text == null) {
            return null;
        }
        try {
            if (Quantity.getAmountInBytes(new Quantity(text)).signum() > 0) {
                return text;
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // reported below
        }
        f.report(key, "[" + text + "] is not a Kubernetes quantity; use forms such as [10Gi], [512Mi], [2], [500m]");
        return null;
    }
}

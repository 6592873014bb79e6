package org.storageharness.target;

import java.util.function.Consumer;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.target.local.LocalTarget;

/** Picks the target a suite runs on and says which one and why. */
public final class TargetResolver {

    private TargetResolver() {
    }

    /**
     * @param log receives one line saying which target was chosen and why
     */
    public static Target resolve(Suite suite, FioRunner fio, String runId, Consumer<String> log) {
        TargetKind kind = suite.target();
        if (kind == TargetKind.AUTO) {
            log.accept("target auto → local: no Kubernetes target is enabled in this version, so the suite runs"
                    + " against this host's engines (a node baseline)");
            return new LocalTarget(fio, runId);
        }
        if (kind == TargetKind.LOCAL) {
            log.accept("target local: engines are directories or devices on this host");
            return new LocalTarget(fio, runId);
        }
        throw new ConfigurationException("target [" + kind.id() + "] is not available in this version of the"
                + " harness; run with -Dtarget=local (or target: local in " + suite.file() + ")");
    }
}

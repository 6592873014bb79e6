package org.storageharness.platform;

import java.util.Optional;
import org.storageharness.check.VolumeLab;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;

/** Hands out the labs where correctness checks (snapshot, persistence, failover) create an engine's volumes. */
public interface CheckLabs {

    /** Why correctness checks cannot run on this platform (and which platforms run them), or empty when they can. */
    Optional<String> checksUnsupported();

    /**
     * A lab for one check on {@code engine}; the caller closes it, which removes the lab's volumes.
     *
     * @throws UnsupportedOperationException when {@link #checksUnsupported()} gives a reason
     */
    VolumeLab lab(EngineSpec engine, CheckKind check);
}

package org.storageharness.platform;

import java.util.Optional;
import org.storageharness.suite.EngineSpec;

/** Whether an engine can run on a platform at all; asked before every case, check and kept volume. */
public interface EngineSupport {

    /** Why {@code engine} cannot run on this platform, or empty when it can. */
    Optional<String> skipReason(EngineSpec engine);
}

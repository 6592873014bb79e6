package org.storageharness.run;

import java.util.Optional;

/** A verdict beyond the thresholds (a baseline comparison); empty when the case passes it. */
@FunctionalInterface
public interface CaseGate {

    /** @return the failure message, starting with its STYLE prefix ({@code Regression:}) */
    Optional<String> failure(String target, CaseResult result);

    CaseGate NONE = (target, result) -> Optional.empty();
}

package org.storageharness.run;

import java.util.List;
import java.util.Map;
import org.storageharness.suite.CheckKind;

/** A verdict on a correctness check's metrics beyond its own limits (a baseline comparison). */
@FunctionalInterface
public interface CheckGate {

    /** @return one failure per regressed metric, each starting with its STYLE prefix ({@code Regression:}) */
    List<String> failures(String target, String engine, CheckKind check, Map<String, Double> metrics);

    CheckGate NONE = (target, engine, check, metrics) -> List.of();
}

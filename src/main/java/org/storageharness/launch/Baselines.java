package org.storageharness.launch;

import java.util.Optional;
import java.util.function.Consumer;
import org.storageharness.gate.BaselineFiles;
import org.storageharness.gate.BaselineGate;
import org.storageharness.gate.GateRules;
import org.storageharness.results.RunRecord;
import org.storageharness.settings.BaselineSettings;
import org.storageharness.suite.Suite;

/** The run's baseline: the gate that compares every case with it, or the update that records the run into it. */
final class Baselines {

    private Baselines() {
    }

    /** The gate of {@code -Dbaseline=FILE}; none without a file, or when this run writes it. */
    static Optional<BaselineGate> gate(BaselineSettings baseline, Suite suite, Consumer<String> console) {
        if (baseline.file() == null) {
            return Optional.empty();
        }
        if (baseline.update()) {
            console.accept("this run records the baseline " + baseline.file()
                    + " (its cases are not compared with the old one)");
            return Optional.empty();
        }
        console.accept("comparing every case and check with the baseline " + baseline.file());
        return Optional.of(new BaselineGate(BaselineFiles.read(baseline.file()), GateRules.of(suite.gate())));
    }

    /** Records {@code record} into the baseline file when this run writes it. */
    static void update(BaselineSettings baseline, RunRecord record, Consumer<String> console) {
        if (baseline.update()) {
            BaselineFiles.update(baseline.file(), record);
            console.accept("baseline " + baseline.file() + " updated with run " + record.runId());
        }
    }
}

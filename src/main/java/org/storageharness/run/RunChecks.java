package org.storageharness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.FaultPermission;
import org.storageharness.check.VolumeLab;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.platform.CheckLabs;
import org.storageharness.platform.EngineSupport;

/** A run's correctness checks: where they may run, the labs they use, the user's fault permission, their verdicts. */
public final class RunChecks {

    private final EngineSupport engines;
    private final CheckLabs labs;
    private final List<CheckVerdict> verdicts = new CopyOnWriteArrayList<>();
    private volatile FaultPermission faults = FaultPermission.NONE;
    private volatile CheckGate gate = CheckGate.NONE;

    <P extends EngineSupport & CheckLabs> RunChecks(P platform) {
        this.engines = platform;
        this.labs = platform;
    }

    /** Why correctness checks cannot run on this run's target, or empty. */
    public Optional<String> unsupported() {
        return labs.checksUnsupported();
    }

    /** Why {@code engine} cannot run on this target at all (no StorageClass, class missing), or empty. */
    public Optional<String> skipReason(EngineSpec engine) {
        return engines.skipReason(engine).or(() -> engine.nodeVolume().map(n -> "engine [" + engine.id() + "] is a"
                + " node baseline (" + n.describe() + "): it has no volumes to snapshot, move or fail over"));
    }

    /** A lab for one check on {@code engine}; the caller closes it. */
    public VolumeLab lab(EngineSpec engine, CheckKind check) {
        return labs.lab(engine, check);
    }

    /** The user's permission for destructive faults (failover checks); none unless given. */
    public FaultPermission faults() {
        return faults;
    }

    public void allowFaults(FaultPermission permission) {
        this.faults = permission;
    }

    /** Judges every following check's metrics also by {@code checkGate} (a baseline). */
    public void gate(CheckGate checkGate) {
        this.gate = checkGate;
    }

    /** Whether a gate (a baseline) judges the checks' metrics. */
    public boolean gated() {
        return gate != CheckGate.NONE;
    }

    /**
     * The gate's failures ({@code Regression:}, one per metric) for a check that ran; empty when there is no gate or
     * the check is as good as its baseline.
     */
    public List<String> regressions(String target, String engine, CheckKind check, CheckOutcome.Done done) {
        return gate.failures(target, engine, check, done.metrics());
    }

    /**
     * {@code done} judged also by the gate, as the step {@code compare with the baseline} (red with the
     * {@code Regression:} lines when it finds any); {@code done} itself when there is no gate.
     */
    public CheckOutcome.Done judge(EvidenceSink evidence, String target, String engine, CheckKind check,
                                   CheckOutcome.Done done) throws InterruptedException {
        if (!gated()) {
            return done;
        }
        List<String> regressions = JudgedStep.run(evidence, "compare with the baseline",
                () -> regressions(target, engine, check, done), r -> r.isEmpty() ? null : String.join("\n", r));
        if (regressions.isEmpty()) {
            return done;
        }
        List<String> failures = new ArrayList<>(done.failures());
        failures.addAll(regressions);
        return new CheckOutcome.Done(done.metrics(), failures, done.notes());
    }

    /** Keeps a check's outcome for the summary and the results record. */
    public void record(String engine, CheckKind check, CheckOutcome outcome) {
        verdicts.add(new CheckVerdict(engine, check, outcome, null));
    }

    /** Keeps a check that broke (harness or cluster error). */
    public void recordBroken(String engine, CheckKind check, Throwable error) {
        verdicts.add(new CheckVerdict(engine, check, null, error));
    }

    /** Every check that ran or was skipped, in run order. */
    public List<CheckVerdict> verdicts() {
        return List.copyOf(verdicts);
    }
}

package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/**
 * Persistence: golden data written by one pod, the pod deleted, a new pod on another node (where the volume's topology
 * allows) must read the same data.
 */
public final class PersistenceCheck {

    private final VolumeLab lab;
    private final ChecksSpec spec;
    private final GoldenSteps steps;
    private final int generation;

    public PersistenceCheck(VolumeLab lab, ChecksSpec spec, EngineSpec engine, Path dir, int generation) {
        this.lab = lab;
        this.spec = spec;
        this.steps = new GoldenSteps(lab, dir, engine.id() + " · persistence");
        this.generation = generation;
    }

    public CheckOutcome run() throws InterruptedException {
        GoldenData data = new GoldenData(generation, spec.dataBytes());
        VolumeLab.Volume volume = lab.create("data", spec.dataBytes());
        VolumeLab.PodRun writer = steps.write(volume, data, "golden data", VolumeLab.Placement.ANYWHERE);
        Instant consumerGone = Instant.now();
        List<String> notes = new ArrayList<>();
        VolumeLab.Placement next = nextPlacement(volume, writer.node(), notes);
        List<String> failures = new ArrayList<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        steps.verify(volume, data, "in a new pod", "the volume read by a new pod" + (next.node() == null ? ""
                : " on node [" + next.node() + "]"), next, failures).ifPresent(run -> {
                    metrics.put("persistence.restart_s", SnapshotCheck.seconds(Duration.between(consumerGone,
                            run.running())));
                    notes.add("written on node [" + writer.node() + "], read back on node [" + run.node() + "]");
                });
        return new CheckOutcome.Done(metrics, failures, notes);
    }

    /** Another node when the volume may move there, else the same node, saying why. */
    private VolumeLab.Placement nextPlacement(VolumeLab.Volume volume, String from, List<String> notes) {
        Optional<String> pinned = lab.pinnedNode(volume);
        if (pinned.isPresent()) {
            notes.add("the volume is pinned to node [" + pinned.get() + "] (PV node affinity): the new pod runs there");
            return VolumeLab.Placement.on(pinned.get());
        }
        List<String> others = lab.readyNodes().stream().filter(n -> !n.equals(from)).toList();
        if (others.isEmpty()) {
            notes.add("only one ready node [" + from + "]: the new pod runs on the same node");
            return VolumeLab.Placement.on(from);
        }
        return VolumeLab.Placement.on(others.get(0));
    }
}

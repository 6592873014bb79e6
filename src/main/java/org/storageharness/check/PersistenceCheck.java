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

    private final Volumes volumes;
    private final Nodes nodes;
    private final ChecksSpec spec;
    private final GoldenSteps steps;
    private final int generation;

    /**
     * @param lab makes the volume, runs fio on it, knows the nodes it may move to and shows progress
     * @param report where its steps go, with the evidence written under {@code dir}
     */
    public <L extends Volumes & Nodes & VolumeIo & CheckProgress> PersistenceCheck(L lab, ChecksSpec spec,
            EngineSpec engine, Path dir, CheckSteps report, int generation) {
        this.volumes = lab;
        this.nodes = lab;
        this.spec = spec;
        this.steps = new GoldenSteps(lab, report, dir, engine.id() + " · persistence");
        this.generation = generation;
    }

    public CheckOutcome run() throws InterruptedException {
        GoldenData data = new GoldenData(generation, spec.dataBytes());
        Volumes.Volume volume = volumes.create("data", spec.dataBytes());
        VolumeIo.PodRun writer = steps.write(volume, data, "golden data", VolumeIo.Placement.ANYWHERE);
        Instant consumerGone = Instant.now();
        List<String> notes = new ArrayList<>();
        VolumeIo.Placement next = nextPlacement(volume, writer.node(), notes);
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
    private VolumeIo.Placement nextPlacement(Volumes.Volume volume, String from, List<String> notes) {
        Optional<String> pinned = volumes.pinnedNode(volume);
        if (pinned.isPresent()) {
            notes.add("the volume is pinned to node [" + pinned.get() + "] (PV node affinity): the new pod runs there");
            return VolumeIo.Placement.on(pinned.get());
        }
        List<String> others = nodes.readyNodes().stream().filter(n -> !n.equals(from)).toList();
        if (others.isEmpty()) {
            notes.add("only one ready node [" + from + "]: the new pod runs on the same node");
            return VolumeIo.Placement.on(from);
        }
        return VolumeIo.Placement.on(others.get(0));
    }
}

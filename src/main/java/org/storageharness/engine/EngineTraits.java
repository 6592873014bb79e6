package org.storageharness.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine catalog says of an engine kind, with the suite's overrides applied: which adapter speaks to it, what
 * it can do, how its snapshots must be asked for and torn down, and the failover limits to start from.
 *
 * @param adapter adapter name ({@code longhorn}, {@code mayastor}, {@code linstor}, {@code ceph}, {@code none})
 * @param capabilities what the engine can do
 * @param snapshotClass the VolumeSnapshotClass to use; null to pick the one class whose driver is the provisioner
 * @param snapshotParameters parameters the snapshot class must carry (Longhorn: {@code type: snap}); never null
 * @param clonesFirst restored volumes must be deleted before their snapshot (ZFS clones block snapshot deletion)
 * @param engineNamespace namespace of the engine's own pods and objects; may be empty
 * @param settings adapter settings (Mayastor REST service, LINSTOR controller service...); never null
 * @param maxStall longest I/O stall a replica fault may cause before the failover check fails
 * @param maxTimeToHealthy how long the volume may take to be healthy again after a replica fault
 */
public record EngineTraits(String adapter, Capabilities capabilities, String snapshotClass,
                           Map<String, String> snapshotParameters, boolean clonesFirst, String engineNamespace,
                           Map<String, String> settings, Duration maxStall, Duration maxTimeToHealthy) {

    public static final Duration DEFAULT_MAX_STALL = Duration.ofSeconds(15);
    public static final Duration DEFAULT_MAX_TIME_TO_HEALTHY = Duration.ofMinutes(10);

    /** An engine the catalog knows nothing of. */
    public static final EngineTraits GENERIC = new EngineTraits("none", Capabilities.NONE, null, Map.of(), false, "",
            Map.of(), DEFAULT_MAX_STALL, DEFAULT_MAX_TIME_TO_HEALTHY);

    public EngineTraits {
        adapter = adapter == null || adapter.isBlank() ? "none" : adapter;
        Objects.requireNonNull(capabilities, "capabilities");
        snapshotParameters = snapshotParameters == null ? Map.of() : Map.copyOf(snapshotParameters);
        engineNamespace = engineNamespace == null ? "" : engineNamespace;
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        maxStall = maxStall == null ? DEFAULT_MAX_STALL : maxStall;
        maxTimeToHealthy = maxTimeToHealthy == null ? DEFAULT_MAX_TIME_TO_HEALTHY : maxTimeToHealthy;
    }

    public EngineTraits withCapabilities(Capabilities c) {
        return new EngineTraits(adapter, c, snapshotClass, snapshotParameters, clonesFirst, engineNamespace, settings,
                maxStall, maxTimeToHealthy);
    }
}

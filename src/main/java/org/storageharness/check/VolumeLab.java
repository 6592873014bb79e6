package org.storageharness.check;

/**
 * Everything a check may use, as one lab a platform hands out: volumes, snapshots, clones, expansion, fio on them,
 * nodes, faults and progress. Checks take only the parts they call. One lab per check and engine; {@link #close()}
 * removes everything it created, in the engine's teardown order (restored volumes before their snapshots, waiting until
 * gone where clones block deletion).
 */
public interface VolumeLab extends Volumes, Snapshots, Clones, Expansion, VolumeIo, Nodes, FaultInjection, CheckProgress,
        AutoCloseable {

    @Override
    void close();
}

package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.check.VolumeLab;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;

/**
 * A target that cannot start on this machine (K3s without Docker): every case is skipped with the reason, so the
 * report shows what did not run and why instead of an error.
 */
final class UnavailablePlatform implements Platform {

    private final String id;
    private final String reason;

    UnavailablePlatform(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("target.unavailable", reason);
    }

    @Override
    public Optional<String> skipReason(EngineSpec engine) {
        return Optional.of(reason);
    }

    @Override
    public Optional<String> checksUnsupported() {
        return Optional.of(reason);
    }

    @Override
    public VolumeLab lab(EngineSpec engine, CheckKind check) {
        throw new UnsupportedOperationException(reason);
    }

    @Override
    public List<Problem> preflight(Suite suite) {
        return List.of();
    }

    @Override
    public FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) {
        throw new IllegalStateException(reason);
    }

    @Override
    public FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) {
        throw new IllegalStateException(reason);
    }

    @Override
    public void dropKept(EngineSpec engine) {
        // Nothing was kept.
    }

    @Override
    public void close() {
        // Nothing was created.
    }
}

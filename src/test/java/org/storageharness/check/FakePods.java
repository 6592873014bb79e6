package org.storageharness.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioFailure;
import org.storageharness.fio.FioInvocation;
import org.storageharness.fio.FioRunner;
import org.storageharness.fio.JobText;
import org.storageharness.platform.Deadlines;
import org.storageharness.platform.Platform.Evidence;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.suite.WorkloadSpec;

/**
 * The fake lab's pods: real fio on this machine on a volume's file, given the environment a fio pod has
 * ({@code TARGET}, {@code SCRATCH}) and leaving the evidence a pod leaves in the step's directory.
 */
final class FakePods implements AutoCloseable {

    private static final Duration WRITER_DEADLINE = Duration.ofMinutes(5);

    private final FioRunner fio = new FioRunner("fio");
    private final ExecutorService writers = Executors.newCachedThreadPool();

    /** Runs {@code job} on {@code volume} to the end, as a pod on {@code node}. */
    VolumeIo.PodRun run(Path volume, WorkloadSpec job, String node, Path stepDir) throws InterruptedException {
        String text = JobText.forStep(job, "fake lab", JobText.TARGET);
        FioInvocation invocation = invocation(volume, text, stepDir, Deadlines.forWorkload(job));
        Instant running = Instant.now();
        VolumeIo.VolumeSize size = new VolumeIo.VolumeSize(true, VolumeFiles.size(volume));
        return new VolumeIo.PodRun(fio.run(invocation), node, running, size);
    }

    /** Starts {@code jobText} on {@code volume} in the background, as a pod on {@code node}. */
    VolumeIo.Background start(Path volume, String jobText, String node, Path stepDir) {
        FioInvocation invocation = invocation(volume, jobText, stepDir, WRITER_DEADLINE);
        Future<FioExecution> done = writers.submit(() -> fio.run(invocation));
        return new Writer("writer-" + stepDir.getFileName(), node, Instant.now(), done, stepDir);
    }

    private static FioInvocation invocation(Path volume, String jobText, Path stepDir, Duration deadline) {
        Path scratch = stepDir.resolve("scratch");
        try {
            Files.createDirectories(scratch);
            Files.writeString(stepDir.resolve(Evidence.JOB_FILE), jobText);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the fake pod's directory [" + stepDir + "]", e);
        }
        return new FioInvocation(stepDir.resolve(Evidence.JOB_FILE), stepDir, stepDir.resolve(Evidence.OUTPUT),
                Map.of(FioPodContract.ENV_TARGET, volume.toString(), FioPodContract.ENV_SCRATCH, scratch.toString()),
                deadline);
    }

    /** Stops every writer still running (the check ended early). */
    @Override
    public void close() {
        writers.shutdownNow();
        fio.close();
    }

    /** A background fio; closing it stops fio, as removing its pod would. */
    private record Writer(String pod, String node, Instant running, Future<FioExecution> done, Path stepDir)
            implements VolumeIo.Background {

        @Override
        public VolumeIo.Finished await(Duration bound) throws InterruptedException {
            int exitCode = exitCode(bound);
            return new VolumeIo.Finished(exitCode, read(stepDir.resolve(Evidence.OUTPUT)),
                    read(stepDir.resolve(Evidence.MESSAGES)), logs(stepDir.resolve("scratch")), Instant.now());
        }

        private int exitCode(Duration bound) throws InterruptedException {
            try {
                done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
                return 0;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof FioFailure failure) {
                    return failure.exitCode();
                }
                throw new IllegalStateException("the fake writer [" + pod + "] broke: " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the fake writer [" + pod + "] did not end within [" + bound + "]", e);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            done.cancel(true);
        }

        private static Map<String, String> logs(Path scratch) {
            try (Stream<Path> files = Files.list(scratch)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".log"))
                        .collect(Collectors.toMap(f -> f.getFileName().toString(), Writer::read));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the fake writer's logs in [" + scratch + "]", e);
            }
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read [" + file + "]", e);
            }
        }
    }
}

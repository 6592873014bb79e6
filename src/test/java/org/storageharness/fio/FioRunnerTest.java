package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.testing.RequiresFio;

@RequiresFio
class FioRunnerTest {

    @TempDir
    Path dir;
    private final FioRunner runner = new FioRunner("fio");

    @AfterEach
    void tearDown() {
        runner.close();
    }

    private FioInvocation job(String body, Duration timeout) throws Exception {
        Path jobFile = Files.writeString(dir.resolve("job-" + System.nanoTime() + ".fio"), body);
        return new FioInvocation(jobFile, dir, dir.resolve("out.json"), Map.of("TARGET", dir.resolve("data")
                .toString()), timeout);
    }

    private static long processesRunning(Path jobFile) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(jobFile.toString())).count();
    }

    @Test
    void runsAJobAndParsesItsJsonPlusReport() throws Exception {
        FioExecution run = runner.run(job("[w]\nfilename=${TARGET}\nrw=randwrite\nbs=4k\nsize=8m\nnumjobs=2\n"
                + "lat_percentiles=1\n", Duration.ofMinutes(1)));

        assertThat(run.report().fioVersion()).startsWith("fio-");
        assertThat(run.report().jobs()).hasSize(2);
        GroupResult group = run.report().groups().get(0);
        assertThat(group.jobs()).isEqualTo(2);
        assertThat(group.direction(Direction.WRITE).ioBytes()).isEqualTo(2 * 8L << 20);
        assertThat(group.direction(Direction.WRITE).latency().source()).isEqualTo("lat_ns");
        assertThat(group.direction(Direction.WRITE).latency().histogram().total())
                .isEqualTo(group.direction(Direction.WRITE).totalIos());
        assertThat(run.rawOutput()).contains("\"fio version\"");
    }

    @Test
    void killsTheWholeProcessTreeOnTimeout() throws Exception {
        FioInvocation invocation = job("[r]\nfilename=${TARGET}\nrw=randread\nbs=4k\nsize=8m\nnumjobs=3\n"
                + "time_based=1\nruntime=120\n", Duration.ofSeconds(2));
        long start = System.nanoTime();

        assertThatThrownBy(() -> runner.run(invocation)).isInstanceOf(FioTimeoutException.class)
                .hasMessageContaining("within 2 s; its processes were killed");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(processesRunning(invocation.jobFile())).isZero();
    }

    @Test
    void interruptKillsFioAndPropagates() throws Exception {
        FioInvocation invocation = job("[r]\nfilename=${TARGET}\nrw=randread\nbs=4k\nsize=8m\nnumjobs=2\n"
                + "time_based=1\nruntime=120\n", Duration.ofMinutes(5));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                runner.run(invocation);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Awaitility.await("fio parent and its 2 job processes running").atMost(Duration.ofSeconds(20))
                .until(() -> processesRunning(invocation.jobFile()) >= 3);

        worker.interrupt();
        worker.join(Duration.ofSeconds(15).toMillis());

        assertThat(worker.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(processesRunning(invocation.jobFile())).isZero();
    }

    @Test
    void reportsFioErrorsWithExitCodeAndFiosOwnWords() throws Exception {
        FioInvocation invocation = job("[w]\nfilename=${TARGET}\nrw=write\nbs=4k\nsize=1k\n", Duration.ofMinutes(1));

        assertThatThrownBy(() -> runner.run(invocation)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("fio failed and wrote no usable report [exit code 1]")
                .hasMessageContaining("size too small");
    }

    @Test
    void missingFioSaysHowToInstallIt() {
        try (FioRunner missing = new FioRunner("/nonexistent/fio")) {
            assertThatThrownBy(missing::version).isInstanceOf(FioNotInstalledException.class)
                    .hasMessageStartingWith("Configuration error: fio is not installed or not on PATH [/nonexistent/fio]")
                    .hasMessageContaining("apt-get install fio");
        }
    }
}

package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.IopsSeries.Second;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.RequiresRoot;
import org.storageharness.testing.Shell;

/**
 * The failover writer run for real, frozen with SIGSTOP as a stand-in for a stalled volume: its logs must show the
 * freeze. fio's job processes call setsid, so every process of the tree is signalled, not a process group.
 */
@RequiresFio
class FailoverWriterStallTest {

    private static final int MIB = 1 << 20;
    private static final Duration TOLERANCE = Duration.ofMillis(400);

    @TempDir
    Path dir;

    @Test
    void aFrozenWriterShowsTheFreezeAsTheCanarysLongestGapAndAsASecondWithoutIops() throws Exception {
        byte[] golden = golden();

        // capped: the freeze shows the same without the CPU of an unthrottled writer
        Instant[] freeze = runFrozen(FailoverWriterJob.after(golden.length, 8 * MIB, Duration.ofSeconds(5))
                .withLoadIops(1000));

        Instant from = freeze[0];
        Instant to = freeze[1];
        IoTimeline canary = IoTimeline.parse("canary", log(FailoverWriterJob.CANARY_LAT_LOG));
        IopsSeries load = IopsSeries.parse("load", log(FailoverWriterJob.LOAD_IOPS_LOG));
        Duration frozen = Duration.between(from, to);
        assertThat(canary.longestGap(from.minusSeconds(1), to.plusSeconds(1)))
                .isBetween(frozen.minus(TOLERANCE), frozen.plus(TOLERANCE));
        // fio logs its first second about 1.4 s after it was started; the last row before the freeze is then less
        // than 1 s before it, the catch-up row comes at its end: a gap of 1.5 to 2.5 s, so one second without a row
        assertThat(load.perSecond().get(0).end()).as("first second logged before the freeze").isBefore(from);
        assertThat(load.perSecond()).hasSizeGreaterThan(2).filteredOn(s -> s.iops() == 0).singleElement()
                .extracting(Second::end).satisfies(end -> assertThat(end).isBetween(from, to));
        assertThat(new FioOutputParser().parse(log("out.json")).errorCount(FailoverWriterJob.LOAD)).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(dir.resolve("target")), golden.length)).isEqualTo(golden);
    }

    @Test
    void aCappedWriterKeepsItsLoadToTheCapEverySecond() throws Exception {
        golden();
        Process fio = start(FailoverWriterJob.after(MIB, 8 * MIB, Duration.ofSeconds(3)).withLoadIops(200).render());

        assertThat(fio.waitFor(15, TimeUnit.SECONDS)).as("fio ended").isTrue();
        assertThat(fio.exitValue()).as("fio's exit code").isZero();
        List<Second> seconds = IopsSeries.parse("load", log(FailoverWriterJob.LOAD_IOPS_LOG)).perSecond();
        assertThat(seconds).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.iops()).isBetween(1L, 220L));
        long written = new FioOutputParser().parse(log("out.json")).jobs().stream()
                .filter(j -> j.name().equals(FailoverWriterJob.LOAD)).findFirst().orElseThrow()
                .direction(Direction.WRITE).totalIos();
        assertThat(written).as("load writes in 3 s at 200 IOPS").isBetween(500L, 660L);
    }

    @Test
    void withoutCreateOnOpenFioWouldWipeTheGoldenDataBeforeTheRegion() throws Exception {
        byte[] golden = golden();
        String job = FailoverWriterJob.after(golden.length, MIB, Duration.ofSeconds(1)).render();

        Process fio = start(job.replace("create_on_open=1\n", ""));

        assertThat(fio.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(Arrays.copyOf(Files.readAllBytes(dir.resolve("target")), golden.length)).isNotEqualTo(golden);
    }

    @Test
    @RequiresRoot
    void onABlockDeviceTheWriterKeepsToItsRegionToo() throws Exception {
        byte[] golden = golden();
        Files.write(dir.resolve("target"), new byte[16 * MIB], StandardOpenOption.APPEND);
        Path device = Path.of(Shell.run("losetup", "--find", "--show", dir.resolve("target").toString()));
        try {
            Process fio = start(FailoverWriterJob.after(golden.length, 8 * MIB, Duration.ofSeconds(1)).render(),
                    device);

            assertThat(fio.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(fio.exitValue()).isZero();
            assertThat(Arrays.copyOf(Files.readAllBytes(device), golden.length)).isEqualTo(golden);
            assertThat(Files.readString(dir.resolve(FailoverWriterJob.CANARY_LAT_LOG))).isNotEmpty();
        } finally {
            Shell.quietly("losetup", "-d", device.toString());
        }
    }

    /** Runs the job, frozen from 2.2 s to 3.7 s after its start; returns when the freeze began and ended. */
    private Instant[] runFrozen(FailoverWriterJob job) throws Exception {
        Process fio = start(job.render());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<Instant> frozen = timer.schedule(() -> signal(fio, "-STOP"), 2200, TimeUnit.MILLISECONDS);
            ScheduledFuture<Instant> thawed = timer.schedule(() -> signal(fio, "-CONT"), 3700, TimeUnit.MILLISECONDS);
            assertThat(fio.waitFor(15, TimeUnit.SECONDS)).as("fio ended").isTrue();
            assertThat(fio.exitValue()).as("fio's exit code").isZero();
            return new Instant[] {frozen.get(), thawed.get()};
        } finally {
            timer.shutdownNow();
            resumeAndStop(fio);
        }
    }

    private String log(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    private byte[] golden() throws IOException {
        byte[] golden = new byte[MIB];
        new Random(7).nextBytes(golden);
        Files.write(dir.resolve("target"), golden);
        return golden;
    }

    private Process start(String job) throws IOException {
        return start(job, dir.resolve("target"));
    }

    private Process start(String job, Path target) throws IOException {
        Path jobFile = Files.writeString(dir.resolve("job.fio"), job);
        ProcessBuilder pb = new ProcessBuilder("fio", "--output-format=json", "--output=" + dir.resolve("out.json"),
                "--eta=never", jobFile.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fio.out").toFile());
        pb.environment().put("TARGET", target.toString());
        pb.environment().put("SCRATCH", dir.toString());
        return pb.start();
    }

    /** Sends a signal to fio and its job processes; returns when it was sent (STOP) or delivered (CONT). */
    private static Instant signal(Process fio, String signal) throws IOException, InterruptedException {
        List<String> pids = Stream.concat(Stream.of(fio.toHandle()), fio.descendants())
                .map(p -> Long.toString(p.pid())).toList();
        if (signal.equals("-STOP") && pids.size() < 3) {
            throw new IllegalStateException("fio has not started its 2 job processes [pids " + pids + "]");
        }
        Instant before = Instant.now();
        List<String> command = new ArrayList<>(List.of("kill", signal));
        command.addAll(pids);
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
        return signal.equals("-STOP") ? before : Instant.now();
    }

    private static void resumeAndStop(Process fio) throws IOException, InterruptedException {
        if (fio.isAlive()) {
            signal(fio, "-CONT");
            ProcessTree.stop(fio);
        }
    }
}

package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FailoverWriterJob;

/**
 * The writer's stall ends where fio ended its run, not where the harness saw the pod finished: a failover check that
 * waits for a slow rebuild before awaiting the writer must not count that wait as a stall.
 */
class WriterLoadTest {

    private static final long T0 = 1_796_557_000_000L;

    @TempDir
    Path dir;

    /** A canary completing every 100 ms from T0 to T0 + 3 s, with a 1.5 s gap after T0 + 1 s; fio ended at T0 + 3 s. */
    private static VolumeIo.Finished writer(String json, Instant seenFinished) {
        StringBuilder canary = new StringBuilder();
        for (long t = 0; t <= 3000; t += 100) {
            if (t <= 1000 || t >= 2500) {
                canary.append(T0 + t).append(", 50000, 1, 4096, 0\n");
            }
        }
        return new VolumeIo.Finished(0, json, "", Map.of(FailoverWriterJob.CANARY_LAT_LOG, canary.toString()),
                seenFinished);
    }

    @Test
    void theWaitForHealthyAfterFioEndedIsNotAStall() {
        Instant seen = Instant.ofEpochMilli(T0 + 15_000);
        VolumeIo.Finished finished = writer("{\"fio version\": \"fio-3.33\", \"timestamp\": " + (T0 + 3010) / 1000
                + ", \"timestamp_ms\": " + (T0 + 3010) + ", \"jobs\": []}", seen);

        WriterLoad.Measured m = WriterLoad.measure(finished, dir, Instant.ofEpochMilli(T0 + 500), seen);

        assertThat(m.stall()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void withoutFiosEndTheWindowEndsWhenThePodWasSeenFinished() {
        Instant seen = Instant.ofEpochMilli(T0 + 15_000);

        WriterLoad.Measured m = WriterLoad.measure(writer("not json", seen), dir, Instant.ofEpochMilli(T0 + 500),
                seen);

        assertThat(m.stall()).isEqualTo(Duration.ofMillis(12_000));
        assertThat(m.ioErrors()).isEqualTo(1);
    }
}

package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storageharness.platform.kube.pods.FioPodContract;

class FailoverWriterJobTest {

    private static final long MIB = 1 << 20;

    @Test
    void rendersTheJobFileTheStallFixturesWereMadeWith() {
        assertThat(FailoverWriterJob.after(8 * MIB, 8 * MIB, Duration.ofSeconds(5)).render())
                .isEqualTo(Fixtures.text("stall/failover-writer.fio"));
    }

    @Test
    void bothJobsRunTogetherOnThePodsTargetAndLogIntoItsScratchVolume() {
        String job = FailoverWriterJob.after(0, MIB, Duration.ofSeconds(60)).render();

        assertThat(job).doesNotContain("stonewall").contains("[load]\n", "[canary]\n", "runtime=60\n")
                .contains("filename=${" + FioPodContract.ENV_TARGET + "}\n")
                .contains("write_iops_log=${" + FioPodContract.ENV_SCRATCH + "}/load\n")
                .contains("write_lat_log=${" + FioPodContract.ENV_SCRATCH + "}/canary\n");
    }

    @Test
    void aCapLimitsTheLoadJobOnlyAndNoCapWritesNone() {
        FailoverWriterJob writer = FailoverWriterJob.after(0, MIB, Duration.ofSeconds(2));

        assertThat(writer.render()).doesNotContain("rate_iops");
        String capped = writer.withLoadIops(500).render();
        assertThat(capped.substring(capped.indexOf("[load]"), capped.indexOf("[canary]"))).contains("rate_iops=500\n");
        assertThat(capped.substring(capped.indexOf("[canary]"))).doesNotContain("rate_iops");
        assertThatThrownBy(() -> writer.withLoadIops(-1)).hasMessageContaining("IOPS cap [-1]");
    }

    @Test
    void itsRegionStartsAtTheFirstMibAfterTheGoldenData() {
        assertThat(FailoverWriterJob.after(0, MIB, Duration.ofSeconds(1)).offsetBytes()).isZero();
        assertThat(FailoverWriterJob.after(8 * MIB, MIB, Duration.ofSeconds(1)).offsetBytes()).isEqualTo(8 * MIB);
        FailoverWriterJob job = FailoverWriterJob.after(8 * MIB + 1, 4 * MIB, Duration.ofSeconds(1));
        assertThat(job.offsetBytes()).isEqualTo(9 * MIB);
        assertThat(job.endBytes()).isEqualTo(13 * MIB);
        assertThat(job.render()).contains("offset=" + 9 * MIB + "\n", "size=" + 4 * MIB + "\n");
    }

    @Test
    void rejectsUnalignedOrEmptyRegions() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new FailoverWriterJob(100, MIB, s, 0)).hasMessageContaining("offset [100 B]");
        assertThatThrownBy(() -> new FailoverWriterJob(-4096, MIB, s, 0)).hasMessageContaining("offset [-4096 B]");
        assertThatThrownBy(() -> new FailoverWriterJob(0, 0, s, 0)).hasMessageContaining("region [0 B]");
        assertThatThrownBy(() -> new FailoverWriterJob(0, 5000, s, 0)).hasMessageContaining("region [5000 B]");
        assertThatThrownBy(() -> FailoverWriterJob.after(-1, MIB, s)).hasMessageContaining("golden data size [-1 B]");
    }

    @Test
    void rejectsRuntimesFioCannotTakeInWholeSeconds() {
        assertThatThrownBy(() -> new FailoverWriterJob(0, MIB, Duration.ofMillis(1500), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[PT1.5S]");
        assertThatThrownBy(() -> new FailoverWriterJob(0, MIB, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 s");
    }
}

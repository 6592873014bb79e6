package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Write errors as the failover check counts them, on real fio 3.33 reports. */
class ErrorCountTest {

    @Test
    void countsTheErrorsFioCountedUnderContinueOnError() {
        FioReport report = Fixtures.report("err-verify-continue_on_error.json");

        assertThat(report.jobs().get(0).errorCount()).isEqualTo(3);
        assertThat(report.errorCount(report.jobs().get(0).name())).isEqualTo(3);
    }

    @Test
    void countsAJobThatStoppedAtItsFirstErrorAsOne() {
        assertThat(Fixtures.report("err-verify-corrupt.json").jobs().get(0).errorCount()).isEqualTo(1);
    }

    @Test
    void addsUpTheClonesOfAJob() {
        assertThat(Fixtures.report("err-enospc-2jobs.json").errorCount("fill")).isEqualTo(2);
    }

    @Test
    void isZeroForCleanJobsAndForJobsNotInTheReport() {
        FioReport report = Fixtures.report("stall/sigstop.json");

        assertThat(report.errorCount(FailoverWriterJob.LOAD)).isZero();
        assertThat(report.errorCount(FailoverWriterJob.CANARY)).isZero();
        assertThat(report.errorCount("nosuch")).isZero();
    }
}

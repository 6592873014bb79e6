package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each parse pitfall of fio.md §2, on real fio 3.33 output. */
class FioOutputParserTest {

    private final FioOutputParser parser = new FioOutputParser();

    private static FioExecution judge(String base, String outputFile) {
        return new FioJudge().judge(Fixtures.exitCode(base), Fixtures.text(outputFile),
                Fixtures.stderr(base), Duration.ZERO);
    }

    @Test
    void skipsWarningTextBeforeTheJson() {
        String raw = Fixtures.text("warn-prefix-multiple-writers.json.txt");

        FioReport report = parser.parse(raw);

        assertThat(raw).doesNotStartWith("{");
        assertThat(report.preamble()).contains("multiple writers");
        assertThat(report.jobs()).isNotEmpty();
    }

    @Test
    void readsTheReportOfAFioStoppedBySigterm() {
        FioReport report = Fixtures.report("sigterm-prefix.json.txt");

        assertThat(report.preamble()).contains("terminating on signal 15");
        assertThat(report.jobs().get(0).direction(Direction.READ).totalIos()).isPositive();
        assertThatThrownBy(() -> judge("sigterm-prefix", "sigterm-prefix.json.txt")).isInstanceOf(FioFailure.class)
                .hasMessageContaining("[exit code " + Fixtures.exitCode("sigterm-prefix") + "]");
    }

    @Test
    void takesTheLastOfSeveralRootDocuments() {
        String raw = Fixtures.text("status-interval.json.txt");

        FioReport report = parser.parse(raw);
        FioReport first = parser.parse(raw.substring(0, raw.indexOf("\n}\n") + 3));

        assertThat(report.documents()).isGreaterThanOrEqualTo(2);
        assertThat(first.documents()).isEqualTo(1);
        assertThat(report.jobs().get(0).direction(Direction.READ).totalIos())
                .isGreaterThan(first.jobs().get(0).direction(Direction.READ).totalIos());
    }

    @Test
    void jobErrorsFailEvenWhenTheReportIsComplete() {
        assertThatThrownBy(() -> judge("err-odirect-ramfs", "err-odirect-ramfs.json")).isInstanceOf(FioFailure.class)
                .hasMessageContaining("EINVAL: invalid argument").hasMessageContaining("[exit code 1]");
    }

    @Test
    void exitCodeCountsTheFailedJobs() {
        FioReport report = Fixtures.report("err-enospc-2jobs.json");

        assertThat(Fixtures.exitCode("err-enospc-2jobs")).isEqualTo(2);
        assertThat(report.failedJobs()).hasSize(2).allSatisfy(j -> assertThat(j.error()).isEqualTo(28));
        assertThatThrownBy(() -> judge("err-enospc-2jobs", "err-enospc-2jobs.json")).isInstanceOf(FioFailure.class)
                .hasMessageContaining("ENOSPC: no space left on device").hasMessageContaining("No space left");
    }

    @Test
    void aVerifyFailureIsRecognisedAsSuch() {
        FioFailure failure = catchFailure("err-verify-corrupt", "err-verify-corrupt.json");

        assertThat(failure.isVerificationFailure()).isTrue();
        assertThat(failure).hasMessageContaining("EILSEQ: data verification failed")
                .hasMessageContaining("verify failed");
    }

    @Test
    void verifyErrorsWithExitCodeZeroUnderContinueOnErrorStillFail() {
        FioFailure failure = catchFailure("err-verify-continue_on_error", "err-verify-continue_on_error.json");

        assertThat(Fixtures.exitCode("err-verify-continue_on_error")).isZero();
        assertThat(failure.exitCode()).isZero();
        assertThat(failure).hasMessageContaining("3 errors counted");
        assertThat(failure.isVerificationFailure()).isTrue();
    }

    @Test
    void noJsonAtAllIsAFailureWithFiosOwnWords() {
        assertThatThrownBy(() -> new FioJudge().judge(Fixtures.exitCode("err-size-too-small"), "",
                Fixtures.stderr("err-size-too-small"), Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("wrote no usable report [exit code 1]").hasMessageContaining("size too small");
        assertThatThrownBy(() -> new FioJudge().judge(Fixtures.exitCode("err-unknown-engine"), "",
                Fixtures.stderr("err-unknown-engine"), Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("nosuch");
    }

    @Test
    void truncatedJsonIsReportedAsSuch() {
        String raw = Fixtures.text("randwrite-only.jsonplus.json");

        assertThatThrownBy(() -> parser.parse(raw.substring(0, raw.length() / 2)))
                .isInstanceOf(FioOutputException.class).hasMessageContaining("incomplete or malformed");
    }

    @Test
    void anUnusedDirectionHasNoPercentilesOrBins() {
        FioReport report = Fixtures.report("randwrite-only.jsonplus.json");
        JobStats job = report.jobs().get(0);

        assertThat(job.direction(Direction.READ).latency().histogram().isEmpty()).isTrue();
        assertThat(job.direction(Direction.READ).totalIos()).isZero();
        assertThat(job.direction(Direction.WRITE).latency().histogram().total())
                .isEqualTo(job.direction(Direction.WRITE).totalIos());
    }

    @Test
    void stonewalledGroupsStaySeparate() {
        FioReport report = Fixtures.report("qd64-3groups.group_reporting.jsonplus.json");

        assertThat(report.groups()).extracting(GroupResult::name).containsExactly("randread", "randwrite", "randrw");
        assertThat(report.groups().get(0).direction(Direction.WRITE).totalIos()).isZero();
        assertThat(report.groups().get(1).direction(Direction.READ).totalIos()).isZero();
        assertThat(report.groups().get(2).direction(Direction.READ).totalIos()).isPositive();
    }

    private static FioFailure catchFailure(String base, String file) {
        try {
            judge(base, file);
        } catch (FioFailure e) {
            return e;
        }
        throw new AssertionError("expected fio failure for " + file);
    }
}

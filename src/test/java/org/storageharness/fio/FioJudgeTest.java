package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one verdict on a finished fio run, wherever it ran; more failure shapes in {@link FioOutputParserTest}. */
class FioJudgeTest {

    private final FioJudge judge = new FioJudge();

    @Test
    void aCleanRunKeepsItsReportMessagesAndWallTime() {
        String report = Fixtures.text("randwrite-only.jsonplus.json");

        FioExecution done = judge.judge(0, report, "note: a warning", Duration.ofSeconds(3));

        assertThat(done.report().jobs()).hasSize(1);
        assertThat(done.rawOutput()).isEqualTo(report);
        assertThat(done.stderr()).isEqualTo("note: a warning");
        assertThat(done.wallTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(done.cost()).isNull();
    }

    @Test
    void aNonZeroExitCodeFailsEvenWithAReportThatLooksFine() {
        String report = Fixtures.text("randwrite-only.jsonplus.json");

        assertThatThrownBy(() -> judge.judge(1, report, "", Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("fio reported failure [exit code 1]")
                .satisfies(e -> assertThat(((FioFailure) e).report()).isNotNull());
    }

    @Test
    void shortOrDroppedIosFailARunThatExitedZero() {
        String report = Fixtures.text("randwrite-only.jsonplus.json").replaceFirst("\"short_ios\" : 0",
                "\"short_ios\" : 2").replaceFirst("\"drop_ios\" : 0", "\"drop_ios\" : 1");

        assertThatThrownBy(() -> judge.judge(0, report, "", Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("fio completed 3 short or dropped I/Os [exit code 0]");
    }

    @Test
    void aPodKilledBeforeFioEndedHasNoReportAndAnUnknownExitCode() {
        assertThatThrownBy(() -> judge.judge(-1, "", "Killed", Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("wrote no usable report [exit code -1]").hasMessageContaining("fio said: Killed")
                .satisfies(e -> assertThat(((FioFailure) e).report()).isNull());
    }
}

package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogRowTest {

    private static final String ROW = "1795388254026, 97000, 1, 4096, 0";

    @Test
    void readsEveryFieldOfARealRow() {
        assertThat(LogRow.parse("c.log", ROW + "\n")).containsExactly(new LogRow(1795388254026L, 97000, 1, 4096));
    }

    @Test
    void acceptsTheOptionalPriorityColumn() {
        assertThat(LogRow.parse("c.log", ROW + ", 0\n")).hasSize(1);
    }

    @Test
    void skipsBlankLinesAndCarriageReturns() {
        assertThat(LogRow.parse("c.log", "\n" + ROW + "\r\n\n  \n" + ROW + "\n")).hasSize(2);
    }

    @Test
    void dropsALastLineThatWasCutOffMidRow() {
        assertThat(LogRow.parse("c.log", ROW + "\n" + "1795388254031, 91")).hasSize(1);
        assertThat(LogRow.parse("c.log", ROW + "\n" + "17953882")).hasSize(1);
    }

    @Test
    void keepsALastLineThatIsCompleteWithoutItsNewline() {
        assertThat(LogRow.parse("c.log", ROW + "\n" + ROW)).hasSize(2);
    }

    @Test
    void namesFileAndLineOfGarbage() {
        assertThatThrownBy(() -> LogRow.parse("canary_lat.2.log", ROW + "\n\nfio: terminating on signal 15\n" + ROW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[canary_lat.2.log] line [3]")
                .hasMessageContaining("[fio: terminating on signal 15]");
    }

    @Test
    void rejectsRowsWithTooFewOrTooManyColumnsInsideTheFile() {
        for (String bad : List.of("1, 2, 1, 4096", "1, 2, 1, 4096, 0, 0, 7", "1, x, 1, 4096, 0", "1, 2, 3, 4096, 0",
                "1, -2, 1, 4096, 0")) {
            assertThatThrownBy(() -> LogRow.parse("f.log", bad + "\n" + ROW + "\n"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line [1]");
        }
    }

    @Test
    void rejectsTimesRelativeToTheJobStart() {
        List<LogRow> relative = LogRow.parse("c.log", "1003, 97000, 1, 4096, 0\n");

        assertThatThrownBy(() -> LogRow.requireEpochTimes("c.log", relative))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[c.log]")
                .hasMessageContaining("log_unix_epoch=1");
        LogRow.requireEpochTimes("c.log", LogRow.parse("c.log", ROW));
    }
}

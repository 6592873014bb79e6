package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunVerdictTest {

    @Test
    void nothingRanGroupsTheSkippedCasesAndChecksByReason() {
        String message = RunVerdict.nothingRan(List.of("no Docker", "no Docker", "engine [x] has no volume"),
                List.of("no Docker"));

        assertThat(message).isEqualTo("Nothing ran: 3 cases skipped: no Docker (2 cases); engine [x] has no volume"
                + " (1 case); 1 check skipped: no Docker (1 check)");
    }

    @Test
    void nothingRanWithoutAnythingSelectedSaysSo() {
        assertThat(RunVerdict.nothingRan(List.of(), List.of())).isEqualTo(
                "Nothing ran: no case and no check was started");
    }
}

package org.storageharness.target.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FioLogTest {

    @Test
    void splitsMessagesReportAndExitCode() {
        String log = "fio: warning\n" + FioPodContract.BEGIN + "\n{\"jobs\": []}\n\n" + FioPodContract.END_PREFIX + "3\n";

        FioLog out = FioLog.parse(log);

        assertThat(out.messages()).isEqualTo("fio: warning");
        assertThat(out.json()).isEqualTo("{\"jobs\": []}");
        assertThat(out.exitCode()).isEqualTo(3);
    }

    @Test
    void reportsAnUnknownExitCodeWhenTheContainerDiedMidway() {
        FioLog out = FioLog.parse("starting\n" + FioPodContract.BEGIN + "\n{\"jo");

        assertThat(out.exitCode()).isEqualTo(-1);
        assertThat(out.json()).isEqualTo("{\"jo");
    }

    @Test
    void keepsTheWholeLogAsMessagesWhenTheScriptNeverReachedFio() {
        FioLog out = FioLog.parse("/bin/sh: fio: not found\n");

        assertThat(out.messages()).isEqualTo("/bin/sh: fio: not found");
        assertThat(out.json()).isEmpty();
        assertThat(out.exitCode()).isEqualTo(-1);
    }
}

package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FioLogTest {

    @Test
    void splitsMessagesReportAndExitCode() {
        String log = "fio: warning\n" + FioPodContract.BEGIN + "\n{\"jobs\": []}\n\n" + FioPodContract.END_PREFIX + "3\n";

        FioLog out = FioLog.parse(log);

        assertThat(out.messages()).isEqualTo("fio: warning");
        assertThat(out.json()).isEqualTo("{\"jobs\": []}");
        assertThat(out.exitCode()).isEqualTo(3);
        assertThat(out.files()).isEmpty();
    }

    @Test
    void separatesFioLogFilesFromTheReportWithTheirExactContent() {
        String log = FioPodContract.BEGIN + "\n{\"jobs\": []}\n\n"
                + file("canary_lat.2.log") + "1, 2, 1, 4096, 0\n3, 4, 1, 4096, 0\n\n"
                + file("empty.log") + "\n"
                + file("load_iops.1.log") + "5, 6, 1, 0, 0\n"
                + FioPodContract.END_PREFIX + "0\n";

        FioLog out = FioLog.parse(log);

        assertThat(out.json()).isEqualTo("{\"jobs\": []}");
        assertThat(out.exitCode()).isZero();
        assertThat(out.files()).containsExactly(Map.entry("canary_lat.2.log", "1, 2, 1, 4096, 0\n3, 4, 1, 4096, 0\n"),
                Map.entry("empty.log", ""), Map.entry("load_iops.1.log", "5, 6, 1, 0, 0"));
    }

    @Test
    void keepsTheCutShortLastFileWhenTheContainerDiedWhilePrintingIt() {
        String log = FioPodContract.BEGIN + "\n{}\n\n" + file("a.log") + "1, 2, 1, 0, 0\n\n"
                + file("b.log") + "1, 2, 1, 0, 0\n3, 4";

        FioLog out = FioLog.parse(log);

        assertThat(out.exitCode()).isEqualTo(-1);
        assertThat(out.json()).isEqualTo("{}");
        assertThat(out.files()).containsEntry("a.log", "1, 2, 1, 0, 0\n").containsEntry("b.log", "1, 2, 1, 0, 0\n3, 4");
    }

    private static String file(String name) {
        return FioPodContract.FILE_PREFIX + name + FioPodContract.FILE_SUFFIX + "\n";
    }

    @Test
    void reportsAnUnknownExitCodeWhenTheContainerDiedMidway() {
        FioLog out = FioLog.parse("starting\n" + FioPodContract.BEGIN + "\n{\"jo");

        assertThat(out.exitCode()).isEqualTo(-1);
        assertThat(out.json()).isEqualTo("{\"jo");
    }

    @Test
    void takesTheVersionLineOutOfTheMessages() {
        FioLog out = FioLog.parse(FioPodContract.VERSION_PREFIX + "fio-3.36\nfio: warning\n" + FioPodContract.BEGIN
                + "\n{}\n\n" + FioPodContract.END_PREFIX + "0\n");

        assertThat(out.fioVersion()).isEqualTo("fio-3.36");
        assertThat(out.messages()).isEqualTo("fio: warning");
        assertThat(out.exitCode()).isZero();
    }

    @Test
    void readsTheVolumeSizeLineAndTakesItOutOfTheMessages() {
        String log = FioPodContract.VERSION_PREFIX + "fio-3.33\n" + FioPodContract.SIZE_PREFIX + "filesystem 86016\n"
                + "fio: warning\n" + FioPodContract.BEGIN + "\n{}\n\n" + FioPodContract.END_PREFIX + "0\n";

        assertThat(FioLog.volumeSize(log)).contains("filesystem 86016");
        assertThat(FioLog.parse(log).messages()).isEqualTo("fio: warning");
        assertThat(FioLog.volumeSize("fio: warning\n")).isEmpty();
    }

    @Test
    void hasNoVersionWhenTheLogHasNoVersionLine() {
        assertThat(FioLog.parse("fio: warning\n" + FioPodContract.BEGIN + "\n{}\n").fioVersion()).isEmpty();
    }

    @Test
    void keepsTheWholeLogAsMessagesWhenTheScriptNeverReachedFio() {
        FioLog out = FioLog.parse("/bin/sh: fio: not found\n");

        assertThat(out.messages()).isEqualTo("/bin/sh: fio: not found");
        assertThat(out.json()).isEmpty();
        assertThat(out.exitCode()).isEqualTo(-1);
    }
}

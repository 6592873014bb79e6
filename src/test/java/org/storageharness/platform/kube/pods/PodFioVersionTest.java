package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.ConfigurationException;

class PodFioVersionTest {

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final PodFioVersion check = new PodFioVersion("registry.local/fio:old", facts);

    private static FioLog log(String printed) {
        return FioLog.parse(FioPodContract.VERSION_PREFIX + printed + "\n" + FioPodContract.BEGIN + "\n{}\n");
    }

    @Test
    void recordsTheVersionThePodsReportOnceEach() {
        check.check(log("fio-3.36"));
        check.check(log("fio-3.36"));
        check.check(log("fio-3.33"));

        assertThat(facts).containsEntry("fio", "fio-3.36, fio-3.33");
    }

    @Test
    void refusesFioOlderThanThreeNamingTheImageAndTheOption() {
        assertThatThrownBy(() -> check.check(log("fio-2.21"))).isInstanceOf(ConfigurationException.class)
                .hasMessage("Configuration error: fio image [registry.local/fio:old] runs fio-2.21, but the harness"
                        + " reads the output of fio 3 or newer; choose an image with fio 3: -Dfio.image=IMAGE or"
                        + " [kubernetes.fioImage] in the suite");
        assertThat(facts).containsEntry("fio", "fio-2.21");
    }

    @Test
    void recordsWhatThePodPrintedWhenItIsNoVersionAndLeavesTheVerdictToFio() {
        check.check(log("/bin/sh: fio: not found"));

        assertThat(facts).containsEntry("fio", "unknown (fio --version printed [/bin/sh: fio: not found])");
    }

    @Test
    void recordsNothingForALogWithoutAVersionLine() {
        check.check(FioLog.parse(FioPodContract.BEGIN + "\n{}\n"));

        assertThat(facts).isEmpty();
    }
}

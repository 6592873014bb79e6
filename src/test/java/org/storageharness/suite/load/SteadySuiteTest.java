package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.SteadySpec;

/** The suite's steady-state keys: {@code steadyTolerance} and {@code steady}, at the top and on a workload. */
class SteadySuiteTest {

    @TempDir
    Path dir;

    /** The steady-state settings of a suite with one local engine, the top-level {@code keys} and {@code workloads}. */
    private SteadySpec steady(String keys, String workloads) throws Exception {
        return new SuiteFiles(dir).load("engines: [{id: host, local: {path: vol}}]\n" + keys + "workloads:\n"
                + workloads).steady();
    }

    @Test
    void withoutKeysSteadinessIsAWarningAtTenPercent() throws Exception {
        SteadySpec steady = steady("", "  - randrw-4k-qd16x8\n");

        assertThat(steady.tolerance()).isEqualTo(0.10);
        assertThat(steady.required("randrw-4k-qd16x8")).isFalse();
    }

    @Test
    void aWorkloadsOwnSteadyKeyWinsOverTheSuites() throws Exception {
        SteadySpec steady = steady("steadyTolerance: 5%\nsteady: true\n", "  - randwrite-4k-1x\n"
                + "  - {id: randrw-4k-qd16x8, steady: false}\n");

        assertThat(steady.tolerance()).isEqualTo(0.05);
        assertThat(steady.required("randwrite-4k-1x")).isTrue();
        assertThat(steady.required("randrw-4k-qd16x8")).isFalse();
    }

    @Test
    void rejectsAToleranceThatIsNotAPositiveFractionAndASteadyThatIsNotABoolean() {
        assertThatThrownBy(() -> steady("steadyTolerance: -3%\nsteady: sometimes\n", "  - randrw-4k-qd16x8\n"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.line() + " " + p.key())
                            .containsExactly("2 steadyTolerance", "3 steady");
                    assertThat(e.getMessage()).contains("[10%] or [0.1] but was [-3%]")
                            .contains("expected true or false but was [sometimes]");
                });
    }

    @Test
    void refusesSteadyOnAWorkloadWhoseSeriesIsNotLogged() throws Exception {
        Files.createDirectories(dir.resolve("suites"));
        Files.writeString(dir.resolve("suites/mine.fio"), "[w]\nfilename=${TARGET}\nrw=read\nsize=4m\n");

        assertThatThrownBy(() -> steady("", "  - {id: mine, jobFile: mine.fio, steady: true}\n"
                + "  - {id: once, fio: {rw: write, size: 4m}, steady: true}\n"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.key()).containsExactly("workloads[0].steady",
                            "workloads[1].steady");
                    assertThat(e.getMessage()).contains("workload [mine] cannot be judged for steady state")
                            .contains("with a [runtime]");
                });
    }
}

package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.SteadySpec;
import org.storageharness.suite.Suite;

/** The suite's steady-state keys: {@code steadyTolerance} and {@code steady}, at the top and on a workload. */
class SteadySuiteTest {

    private static final String ENGINE = "engines:\n  - id: host\n    local: {path: vol}\n";

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    private Suite load(String yaml) throws Exception {
        files.write("t", yaml);
        return files.loader().load("t", Overrides.none());
    }

    @Test
    void withoutKeysSteadinessIsAWarningAtTenPercent() throws Exception {
        SteadySpec steady = load(ENGINE + "workloads: [randrw-4k-qd16x8]\n").steady();

        assertThat(steady.tolerance()).isEqualTo(0.10);
        assertThat(steady.required("randrw-4k-qd16x8")).isFalse();
    }

    @Test
    void aWorkloadsOwnSteadyKeyWinsOverTheSuites() throws Exception {
        SteadySpec steady = load(ENGINE + "steadyTolerance: 5%\nsteady: true\nworkloads:\n  - randwrite-4k-1x\n"
                + "  - {id: randrw-4k-qd16x8, steady: false}\n").steady();

        assertThat(steady.tolerance()).isEqualTo(0.05);
        assertThat(steady.required("randwrite-4k-1x")).isTrue();
        assertThat(steady.required("randrw-4k-qd16x8")).isFalse();
    }

    @Test
    void rejectsAToleranceThatIsNotAPositiveFractionAndASteadyThatIsNotABoolean() {
        assertThatThrownBy(() -> load(ENGINE + "steadyTolerance: -3%\nsteady: sometimes\n"
                + "workloads: [randrw-4k-qd16x8]\n")).isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.line() + " " + p.key())
                            .containsExactly("4 steadyTolerance", "5 steady");
                    assertThat(e.getMessage()).contains("[10%] or [0.1] but was [-3%]")
                            .contains("expected true or false but was [sometimes]");
                });
    }

    @Test
    void refusesSteadyOnAWorkloadWhoseSeriesIsNotLogged() throws Exception {
        Files.writeString(files.suitesDir().resolve("mine.fio"), "[w]\nfilename=${TARGET}\nrw=read\nsize=4m\n");

        assertThatThrownBy(() -> load(ENGINE + "workloads:\n  - {id: mine, jobFile: mine.fio, steady: true}\n"
                + "  - {id: once, fio: {rw: write, size: 4m}, steady: true}\n"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.key()).containsExactly("workloads[0].steady",
                            "workloads[1].steady");
                    assertThat(e.getMessage()).contains("workload [mine] cannot be judged for steady state")
                            .contains("with a [runtime]");
                });
    }
}

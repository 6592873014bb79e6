package org.storageharness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storageharness.testing.CommandLines.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.check.FaultPermission;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Problem;
import org.storageharness.testing.CommandLines;

class RunSettingsTest {

    @Test
    void runsTheSmokeSuiteWithDefaultsWhenNothingIsGiven() {
        RunSettings s = settings();
        Path here = Path.of(".").toAbsolutePath().normalize();

        assertThat(s.suite()).isEqualTo("smoke");
        assertThat(s.fioPath()).isEqualTo("fio");
        assertThat(s.paths()).isEqualTo(new RunPaths(here, here.resolve("target/storage-harness"),
                here.resolve("target/allure-results"), here.resolve(".results-history")));
        assertThat(s.overrides().target()).isNull();
        assertThat(s.overrides().repetitions()).isZero();
        assertThat(s.baseline()).isEqualTo(new BaselineSettings(null, false));
        assertThat(s.gate().upgrade()).isFalse();
        assertThat(s.faults()).isEqualTo(FaultPermission.NONE);
        assertThat(s.platform().kube().keep()).isFalse();
    }

    @Test
    void planModeIsAskedForWithPlanTrueAndGivesThePlatformTheFaultPermission() {
        RunSettings s = settings("plan", "true", "faults", "allow", "faults.nodes", "n1", "faults.mode", "drain");

        assertThat(s.plan()).isTrue();
        assertThat(settings().plan()).isFalse();
        assertThat(s.platform().faults()).isEqualTo(s.faults());
        assertThat(s.platform().faults().mode()).isEqualTo(FaultPermission.Mode.DRAIN);
        assertThatThrownBy(() -> settings("plan", "yes")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("-Dplan: expected [true] or [false] but was [yes]");
    }

    @Test
    void readsTheSuiteOverridesFromTheCommandLine() {
        RunSettings s = settings("suite", "storage", "target", "k3s", "engines", "a, b,", "workloads", "x",
                "runtime", "90", "fio.options", "rate_iops=200, direct=0", "repetitions", "3");

        assertThat(s.suite()).isEqualTo("storage");
        assertThat(s.overrides().target()).isEqualTo("k3s");
        assertThat(s.overrides().engines()).containsExactly("a", "b");
        assertThat(s.overrides().workloads()).containsExactly("x");
        assertThat(s.overrides().runtime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.overrides().fioOptions()).containsExactly(Map.entry("rate_iops", "200"), Map.entry("direct", "0"));
        assertThat(s.overrides().repetitions()).isEqualTo(3);
    }

    @Test
    void resolvesBaselineHistoryAndGateStateAgainstTheProjectFolder() {
        RunSettings s = settings("harness.basedir", "/srv/harness", "baseline", "baselines/lab.json",
                "baseline.update", "true", "history.dir", "hist", "gate", "upgrade", "gate.state", "gate/s.json");

        assertThat(s.baseline()).isEqualTo(new BaselineSettings(Path.of("/srv/harness/baselines/lab.json"), true));
        assertThat(s.paths().historyDir()).isEqualTo(Path.of("/srv/harness/hist"));
        assertThat(s.gate().upgrade()).isTrue();
        assertThat(s.gate().stateFile("storage")).isEqualTo(Path.of("/srv/harness/gate/s.json"));
        assertThat(settings("harness.basedir", "/srv/harness").gate().stateFile("storage"))
                .isEqualTo(Path.of("/srv/harness/.upgrade-gate/storage.json"));
    }

    @Test
    void treatsBlankValuesAsNotGiven() {
        RunSettings s = settings("suite", " ", "runtime", "", "keep", " ");

        assertThat(s.suite()).isEqualTo("smoke");
        assertThat(s.overrides().runtime()).isNull();
        assertThat(s.platform().kube().keep()).isFalse();
    }

    @Test
    void collectsEveryBadValueIntoOneErrorNamingOptionValueAndAllowedValues() {
        assertThatThrownBy(() -> settings("runtime", "-3s", "repetitions", "0", "keep", "yes", "gate", "later",
                "fio.options", "=5", "baseline.update", "true"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactlyInAnyOrder("-Druntime", "-Drepetitions", "-Dkeep",
                                "-Dgate", "-Dfio.options", "-Dbaseline.update"))
                .hasMessageStartingWith("Configuration error: the command line has 6 problems; nothing was started.")
                .hasMessageContaining("-Druntime: expected a positive duration such as [10s], [5m] or [300]"
                        + " (seconds) but was [-3s]")
                .hasMessageContaining("-Drepetitions: expected a whole number ≥ 1 but was [0]")
                .hasMessageContaining("-Dkeep: expected [true] or [false] but was [yes]")
                .hasMessageContaining("-Dgate: expected one of [upgrade] but was [later]")
                .hasMessageContaining("-Dfio.options: [=5] is not key=value")
                .hasMessageContaining("-Dbaseline.update: [true] needs -Dbaseline=FILE");
    }

    @Test
    void takesDockersEnvironmentAndTheHomeFolderFromTheJvm() {
        var props = CommandLines.properties(Map.of("user.home", "/home/ops"));
        RunSettings s = RunSettings.from(props, Map.of("DOCKER_HOST", "tcp://docker:2375"));

        assertThat(s.platform().docker().variables()).containsEntry("DOCKER_HOST", "tcp://docker:2375");
        assertThat(s.platform().docker().home()).isEqualTo(Path.of("/home/ops"));
    }
}

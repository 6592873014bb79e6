package org.storageharness.suite.load;

import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.GateSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;

class SuiteLoaderTest {

    private static final String ENGINE = "engines:\n  - id: host\n    local: {path: vol}\n";

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    private Suite load(String yaml, Overrides overrides) throws Exception {
        files.write("t", yaml);
        return files.loader().load("t", overrides);
    }

    private ConfigurationException failure(String yaml) throws Exception {
        files.write("t", yaml);
        try {
            files.loader().load("t", Overrides.none());
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a configuration error for:\n" + yaml);
    }

    @Test
    void loadsCatalogWorkloadsWithSuiteRuntimeAndSize() throws Exception {
        Suite suite = load(ENGINE + "runtime: 3s\nsize: 64m\nworkloads: [randrw-4k-qd16x8]\n", Overrides.none());

        WorkloadSpec w = suite.workloads().get(0);
        assertThat(w.options()).containsEntry("rw", "randrw").containsEntry("numjobs", "8")
                .containsEntry("iodepth", "16").containsEntry("runtime", "3s").containsEntry("size", "64m");
        assertThat(w.runtime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(suite.engines().get(0).local().directory()).isEqualTo(dir.resolve("vol"));
        assertThat(suite.target()).isEqualTo(TargetKind.AUTO);
    }

    @Test
    void catalogKeepsTheExperimentsExactParameters() throws Exception {
        Suite suite = load(ENGINE + "workloads: [randrw-4k-qd16x8, randwrite-64k-16x, randrw-4k-qd64x8]\n",
                Overrides.none());

        assertThat(suite.workloads().get(0).options()).containsEntry("size", "800m").containsEntry("runtime", "300s")
                .containsEntry("direct", "1").containsEntry("ioengine", "libaio");
        assertThat(suite.workloads().get(1).options()).containsEntry("numjobs", "16").containsEntry("bs", "64k")
                .containsEntry("iodepth", "1");
        assertThat(suite.workloads().get(2).options()).containsEntry("ioengine", "linuxaio")
                .containsEntry("iodepth", "64").containsEntry("norandommap", "1");
    }

    @Test
    void commandLineBeatsWorkloadBeatsSuiteRuntime() throws Exception {
        String yaml = ENGINE + "runtime: 3s\nworkloads:\n  - randwrite-4k-1x\n  - {id: randwrite-1m-1x, runtime: 7s}\n";

        Suite fromFile = load(yaml, Overrides.none());
        Suite fromCommandLine = load(yaml, new Overrides(null, List.of(), List.of(), Duration.ofSeconds(1)));

        assertThat(fromFile.workloads()).extracting(WorkloadSpec::runtime)
                .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(7));
        assertThat(fromCommandLine.workloads()).extracting(WorkloadSpec::runtime)
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void commandLineSelectsEnginesWorkloadsAndTarget() throws Exception {
        String yaml = "engines:\n  - {id: a, local: {path: a}}\n  - {id: b, local: {path: b}}\n"
                + "workloads: [randwrite-4k-1x, randwrite-1m-1x]\n";

        Suite suite = load(yaml, new Overrides("local", List.of("b"), List.of("randwrite-1m-1x"), null));

        assertThat(suite.engines()).extracting(EngineSpec::id).containsExactly("b");
        assertThat(suite.workloads()).extracting(WorkloadSpec::id).containsExactly("randwrite-1m-1x");
        assertThat(suite.target()).isEqualTo(TargetKind.LOCAL);
    }

    @Test
    void readsThresholdsAtEveryLevelWithTheirSelectors() throws Exception {
        String yaml = "engines:\n  - id: host\n    local: {path: v}\n    thresholds:\n      - {metric: read.iops, min: 20000}\n"
                + "workloads:\n  - id: randwrite-4k-1x\n    thresholds:\n      - {metric: write.lat.mean, max: 500us}\n"
                + "thresholds:\n  - {metric: write.lat.p99.9, max: 25ms, workloads: [randwrite-4k-1x]}\n"
                + "  - {metric: total.bw, min: 100MiB/s}\n";

        Suite suite = load(yaml, Overrides.none());

        assertThat(suite.thresholds()).hasSize(4);
        assertThat(suite.thresholdsFor("host", "randwrite-4k-1x")).hasSize(4);
        Threshold p999 = suite.thresholds().stream().filter(t -> t.metric().name().equals("write.lat.p99.9"))
                .findFirst().orElseThrow();
        assertThat(p999.upper()).isTrue();
        assertThat(p999.limit()).isEqualTo(25.0);
        Threshold mean = suite.thresholds().stream().filter(t -> t.metric().name().equals("write.lat.mean"))
                .findFirst().orElseThrow();
        assertThat(mean.limit()).isEqualTo(0.5);
        assertThat(mean.workloads()).containsExactly("randwrite-4k-1x");
    }

    @Test
    void unknownSuiteListsTheAvailableOnes() throws Exception {
        files.write("alpha", ENGINE + "workloads: [randwrite-4k-1x]\n");

        assertThatThrownBy(() -> files.loader().load("nope", Overrides.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: unknown suite [nope]; available suites: [alpha]");
    }

    @Test
    void rejectsUnknownKeysWithFileLineAndAllowedKeys() throws Exception {
        ConfigurationException e = failure(ENGINE + "workloads: [randwrite-4k-1x]\nrepetitons: 3\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.key()).isEqualTo("repetitons");
            assertThat(p.message()).contains("unknown key").contains("repetitions");
        });
        assertThat(e.getMessage()).contains("t.yaml:5 repetitons: unknown key");
    }

    @Test
    void reportsEveryProblemOfASuiteAtOnce() throws Exception {
        String yaml = "target: cloud\nrepetitions: -1\nruntime: -5s\n"
                + "engines:\n  - id: host\n    kind: longhornn\n    local: {path: v}\n"
                + "workloads:\n  - randrw-4k-qd99\n  - id: mine\n    fio: {rw: randwobble, bs: 4q, iodepth: zero}\n"
                + "thresholds:\n  - {metric: write.p99, max: 25ms}\n  - {metric: read.iops, min: lots}\n"
                + "  - {metric: read.iops, min: 5, engines: [ghost]}\n";

        ConfigurationException e = failure(yaml);

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.key()).containsExactlyInAnyOrder(
                "1 target", "2 repetitions", "3 runtime", "6 engines[0].kind", "9 workloads[0]",
                "11 workloads[1].fio", "11 workloads[1].fio", "11 workloads[1].fio",
                "13 thresholds[0].metric", "14 thresholds[1].min", "15 thresholds[2].engines");
        assertThat(e.getMessage()).startsWith("Configuration error: suite [t] has 11 problems; nothing was started.")
                .contains("unknown target [cloud]; allowed: [local, kubeconfig, k3s, auto]")
                .contains("unknown engine kind [longhornn]; allowed: [")
                .contains("unknown workload id [randrw-4k-qd99]; catalog workloads: [")
                .contains("rw: [randwobble] is not an fio I/O pattern")
                .contains("bs: [4q] is not a size")
                .contains("iodepth: expected a positive whole number but was [zero]")
                .contains("unknown metric [write.p99]; allowed: [read.iops")
                .contains("[lots] is not a value for read.iops")
                .contains("unknown engine [ghost]; suite engines: [host]");
    }

    @Test
    void rejectsWrongTypes() throws Exception {
        ConfigurationException e = failure("engines: host\nworkloads:\n  - {id: x, fio: [rw, randread]}\n");

        assertThat(e.problems()).extracting(Problem::key).containsExactly("engines", "workloads[0].fio",
                "workloads[0].fio");
        assertThat(e.problems().get(0).message()).isEqualTo("expected a list but was a scalar");
        assertThat(e.problems().get(1).message()).startsWith("expected a mapping of option: value but was a list");
    }

    @Test
    void refusesADeviceWithoutExplicitDestructivePermission() throws Exception {
        ConfigurationException e = failure("engines:\n  - id: nvme\n    local: {device: /dev/nvme9n1}\n"
                + "workloads: [randwrite-4k-1x]\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("engines[0].local.destructive");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("add [destructive: true]");
        });
    }

    @Test
    void refusesHarnessOwnedFioOptions() throws Exception {
        ConfigurationException e = failure(ENGINE + "workloads:\n  - id: x\n    fio: {rw: read, filename: /etc/passwd}\n");

        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("filename: fio option [filename] is set by the harness"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws Exception {
        ConfigurationException e = failure(ENGINE + "workloads: [randwrite-4k-1x\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.line()).isGreaterThan(3);
        });
    }

    @Test
    void reportsDuplicateEngineIds() throws Exception {
        ConfigurationException e = failure("engines:\n  - {id: a, local: {path: a}}\n  - {id: a, local: {path: b}}\n"
                + "workloads: [randwrite-4k-1x]\n");

        assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("engine id [a] is used twice"));
    }

    @Test
    void reportsCommandLineOverridesThatNameNothing() throws Exception {
        Overrides overrides = new Overrides("moon", List.of("host", "ghost"), List.of(), null);
        files.write("t", ENGINE + "workloads: [randwrite-4k-1x]\n");

        assertThatThrownBy(() -> files.loader().load("t", overrides)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("command line -Dengines: [ghost] is not in the suite; choose from [host]")
                .hasMessageContaining("command line -Dtarget: unknown target [moon]");
    }

    @Test
    void readsAJobFileWorkloadRelativeToTheSuite() throws Exception {
        Files.writeString(files.suitesDir().resolve("my.fio"), "[x]\nrw=read\n");

        Suite suite = load(ENGINE + "workloads:\n  - {id: mine, jobFile: my.fio}\n", Overrides.none());
        ConfigurationException missing = failure(ENGINE + "workloads:\n  - {id: mine, jobFile: nope.fio}\n");

        assertThat(suite.workloads().get(0).jobFile()).isEqualTo(files.suitesDir().resolve("my.fio"));
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("workloads[0].jobFile");
            assertThat(p.message()).contains("does not exist");
        });
    }

    @Test
    void shippedSuitesAreValid() {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        SuiteLoader loader = new SuiteLoader(basedir.resolve("suites"), basedir);

        assertThat(loader.available()).contains("smoke", "storage");
        loader.available().forEach(name -> assertThat(loader.load(name, Overrides.none()).workloads()).isNotEmpty());
        assertThat(loader.load("storage", Overrides.none()).workloads()).extracting(WorkloadSpec::id).containsExactly(
                "randrw-4k-qd16x8", "randwrite-4k-1x", "randwrite-1m-1x", "randwrite-64k-16x", "randread-4k-qd64x8",
                "randwrite-4k-qd64x8", "randrw-4k-qd64x8");
        assertThat(loader.load("smoke", Overrides.none()).workloads())
                .allSatisfy(w -> assertThat(w.runtime()).isLessThanOrEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void readsUnstableSpreadAsAPercentOrFractionAndRejectsNonsense() throws Exception {
        assertThat(load(ENGINE + "unstableSpread: 5%\nworkloads: [randrw-4k-qd16x8]\n", Overrides.none())
                .unstableSpread()).isEqualTo(0.05);
        assertThat(load(ENGINE + "workloads: [randrw-4k-qd16x8]\n", Overrides.none()).unstableSpread())
                .isEqualTo(Suite.DEFAULT_UNSTABLE_SPREAD);

        ConfigurationException e = failure(ENGINE + "unstableSpread: wobbly\nworkloads: [randrw-4k-qd16x8]\n");

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly("4 unstableSpread");
        assertThat(e.getMessage()).contains("[10%] or [0.1] but was [wobbly]");
    }

    @Test
    void theBaselineEngineMustBeAnEngineOfTheSuite() throws Exception {
        assertThat(load(ENGINE + "baselineEngine: host\nworkloads: [randrw-4k-qd16x8]\n", Overrides.none())
                .baselineEngine()).isEqualTo("host");

        ConfigurationException e = failure(ENGINE + "baselineEngine: raw\nworkloads: [randrw-4k-qd16x8]\n");

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.key()).containsExactly("4 baselineEngine");
        assertThat(e.getMessage()).contains("[raw] is not an engine of this suite; choose from [host]");
    }

    @Test
    void aCatalogDescriptionSaysWhatThisRunChanged() throws Exception {
        Suite suite = load(ENGINE + "runtime: 2s\nsize: 64m\nworkloads: [randrw-4k-qd16x8]\n",
                new Overrides(null, List.of(), List.of(), null, Map.of("rate_iops", "200")));

        assertThat(suite.workloads().get(0).description()).contains("800 MiB file")
                .endsWith("(this run: size 64m, runtime 2s, rate_iops=200)");
    }

    @Test
    void readsGateTolerancesAndNamesBadOnes() throws Exception {
        Suite suite = load(ENGINE + "gate: {iops: {tolerance: 5%, floor: 100}, latency: {floor: 200us},"
                + " checkTime: {tolerance: 50%, floor: 500ms}, checkRate: {floor: 2}}\n"
                + "workloads: [randrw-4k-qd16x8]\n", Overrides.none());

        assertThat(suite.gate()).isEqualTo(new GateSpec(0.05, 100, 0.10, 1, 0.20, 0.2, 0.5, 0.5, 0.25, 2));

        ConfigurationException e = failure(ENGINE + "gate: {iops: {tolerance: lots}, latency: {floor: soon}, x: 1,"
                + " checkTime: {floor: later}}\n"
                + "workloads: [randrw-4k-qd16x8]\n");
        assertThat(e.problems()).extracting(Problem::key)
                .contains("gate.x", "gate.iops.tolerance", "gate.latency.floor", "gate.checkTime.floor");
    }
}

package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;

/** {@code sweep:} expands a workload into its load curve's points; {@code slo:} sets what slo.iops is measured at. */
class SweepSuiteTest {

    private static final String ENGINE = "engines:\n  - id: host\n    local: {path: vol}\n";
    private static final String SWEPT = ENGINE + "workloads:\n  - id: curve\n    fio: {rw: randwrite, bs: 4k}\n";

    @TempDir
    Path dir;
    private SuiteFiles files;

    @BeforeEach
    void setUp() throws Exception {
        files = new SuiteFiles(dir);
    }

    private Problem refused(String yaml) throws Exception {
        files.write("t", yaml);
        try {
            files.loader().load("t", Overrides.none());
        } catch (ConfigurationException e) {
            assertThat(e.getMessage()).startsWith("Configuration error:").contains("t.yaml");
            assertThat(e.problems()).as(e.getMessage()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected a configuration error for:\n" + yaml);
    }

    @Test
    void aSweepIsOneWorkloadPerPointWithItsOwnIdAndTheCurveAsGroup() throws Exception {
        Suite suite = files.load(SWEPT + "    sweep: {iodepth: [1, 4, 16]}\n    slo: {metric: write.lat.p99.9, max: 5ms}\n"
                + "    thresholds:\n      - {metric: slo.iops, min: 100}\n");

        assertThat(suite.workloads()).extracting(WorkloadSpec::id).containsExactly("curve-qd1", "curve-qd4", "curve-qd16");
        assertThat(suite.workloads()).extracting(w -> w.options().get("iodepth")).containsExactly("1", "4", "16");
        assertThat(suite.workloads()).allSatisfy(w -> {
            assertThat(w.group()).isEqualTo("curve");
            assertThat(w.slo().metric().name()).isEqualTo("write.lat.p99.9");
            assertThat(w.slo().max()).isEqualTo(5.0);
        });
        assertThat(suite.workloads().get(2).point().last()).isTrue();
        assertThat(new BenchmarkCase(suite.engines().get(0), suite.workloads().get(1)).name())
                .isEqualTo("host · curve · qd4");
        assertThat(suite.thresholdsFor("host", "curve-qd16")).extracting(t -> t.metric())
                .containsExactly(Metric.SLO_IOPS);
    }

    @Test
    void iodepthAndNumjobsTogetherMakeEveryPairAndTheSuiteSloAppliesToSweepsWithoutTheirOwn() throws Exception {
        Suite suite = files.load(ENGINE + "slo: {metric: read.lat.p99, max: 2ms}\nworkloads:\n"
                + "  - id: curve\n    fio: {rw: randread}\n    sweep: {iodepth: [1, 8], numjobs: [1, 4]}\n"
                + "  - randwrite-4k-1x\n");

        assertThat(suite.workloads()).extracting(WorkloadSpec::id).containsExactly("curve-qd1-nj1", "curve-qd8-nj1",
                "curve-qd1-nj4", "curve-qd8-nj4", "randwrite-4k-1x");
        assertThat(suite.workloads().get(3).options()).containsEntry("iodepth", "8").containsEntry("numjobs", "4");
        assertThat(suite.workloads().get(0).slo().max()).isEqualTo(2.0);
        assertThat(suite.workloads().get(4).slo()).as("not swept: no slo.iops").isNull();
        assertThat(suite.workloads().get(4).point()).isNull();
    }

    @Test
    void theCatalogSweepRunsExperimentOnesJobAtSixDepthsAndDworkloadsSelectsTheCurve() throws Exception {
        files.write("t", ENGINE + "workloads: [randrw-4k-sweep, randwrite-4k-1x]\n");
        Suite suite = files.loader().load("t", new Overrides(null, List.of(), List.of("randrw-4k-sweep"), null));

        assertThat(suite.workloads()).extracting(w -> w.options().get("iodepth"))
                .containsExactly("1", "2", "4", "8", "16", "32");
        assertThat(suite.workloads()).allSatisfy(w -> assertThat(w.options()).containsEntry("rw", "randrw")
                .containsEntry("bs", "4k").containsEntry("numjobs", "8").containsEntry("size", "800m"));
    }

    @Test
    void topLevelThresholdsAndDworkloadsNameTheCurveOrOnePoint() throws Exception {
        files.write("t", SWEPT + "    sweep: {iodepth: [1, 4]}\nthresholds:\n"
                + "  - {metric: write.lat.p99, max: 9ms, workloads: [curve]}\n"
                + "  - {metric: total.iops, min: 5, workloads: [curve-qd4]}\n");
        Suite all = files.loader().load("t", Overrides.none());
        Suite one = files.loader().load("t", new Overrides(null, List.of(), List.of("curve-qd4"), null));

        assertThat(all.thresholdsFor("host", "curve-qd1")).extracting(t -> t.metric().name())
                .containsExactly("write.lat.p99");
        assertThat(all.thresholdsFor("host", "curve-qd4")).hasSize(2);
        assertThat(one.workloads()).extracting(WorkloadSpec::id).containsExactly("curve-qd4");
    }

    @Test
    void aSweptWorkloadsSteadyKeyHoldsForEachOfItsPoints() throws Exception {
        Suite suite = files.load(ENGINE + "workloads:\n  - id: curve\n    fio: {rw: randwrite, time_based: 1}\n"
                + "    runtime: 4s\n    steady: true\n    sweep: {iodepth: [1, 4]}\n");

        assertThat(suite.steady().required("curve-qd1")).isTrue();
        assertThat(suite.steady().required("curve-qd4")).isTrue();
    }

    @Test
    void refusesASweepThatIsNotAMapping() throws Exception {
        Problem p = refused(SWEPT + "    sweep: [1, 2, 4]\n");
        assertThat(p.key()).isEqualTo("workloads[0].sweep");
        assertThat(p.message()).contains("iodepth", "numjobs", "sweep: {iodepth: [1, 2, 4, 8, 16, 32]}");
    }

    @Test
    void refusesAnOptionThatCannotBeSwept() throws Exception {
        Problem p = refused(SWEPT + "    sweep: {bs: [4k, 8k]}\n");
        assertThat(p.key()).isEqualTo("workloads[0].sweep.bs");
        assertThat(p.message()).contains("unknown key", "[iodepth, numjobs]");
    }

    @Test
    void refusesAnEmptyList() throws Exception {
        Problem p = refused(SWEPT + "    sweep: {iodepth: []}\n");
        assertThat(p.key()).isEqualTo("workloads[0].sweep.iodepth");
        assertThat(p.message()).contains("non-empty list of distinct positive integers");
    }

    @Test
    void refusesZeroNegativeOrNonIntegerPoints() throws Exception {
        for (String bad : List.of("0", "-4", "2.5", "deep")) {
            Problem p = refused(SWEPT + "    sweep: {numjobs: [1, " + bad + "]}\n");
            assertThat(p.key()).as(bad).startsWith("workloads[0].sweep.numjobs");
            assertThat(p.message()).as(bad).contains("[" + bad + "] is not a new positive integer");
        }
    }

    @Test
    void refusesARepeatedPoint() throws Exception {
        Problem p = refused(SWEPT + "    sweep: {iodepth: [4, 4]}\n");
        assertThat(p.message()).contains("[4] is not a new positive integer");
    }

    @Test
    void refusesASweepOnAJobFileWorkload() throws Exception {
        Files.writeString(files.suitesDir().resolve("my.fio"), "[x]\nrw=read\n");
        Problem p = refused(ENGINE + "workloads:\n  - {id: mine, jobFile: my.fio, sweep: {iodepth: [1, 2]}}\n");
        assertThat(p.key()).isEqualTo("workloads[0].sweep");
        assertThat(p.message()).contains("job-file workload cannot be swept", "remove [sweep]", "[fio] options");
    }

    @Test
    void refusesAnSloOnAWorkloadWithoutSweep() throws Exception {
        Problem p = refused(SWEPT + "    slo: {metric: write.lat.p99.9, max: 5ms}\n");
        assertThat(p.key()).isEqualTo("workloads[0].slo");
        assertThat(p.message()).contains("has no [sweep]", "remove [slo]");
    }

    @Test
    void refusesASuiteSloWhenNothingIsSwept() throws Exception {
        Problem p = refused(SWEPT + "slo: {metric: write.lat.p99.9, max: 5ms}\n");
        assertThat(p.key()).isEqualTo("slo");
        assertThat(p.message()).contains("no workload of this suite has a [sweep]");
    }

    @Test
    void refusesAnSloOnAnUnknownMetricOrWithoutAValidMax() throws Exception {
        String sweep = SWEPT + "    sweep: {iodepth: [1, 2]}\n";
        Problem metric = refused(sweep + "    slo: {metric: write.p99, max: 5ms}\n");
        Problem itself = refused(sweep + "    slo: {metric: slo.iops, max: 5}\n");
        Problem max = refused(sweep + "    slo: {metric: write.lat.p99.9, max: fast}\n");
        Problem missing = refused(sweep + "    slo: {metric: write.lat.p99.9}\n");

        assertThat(metric.key()).isEqualTo("workloads[0].slo.metric");
        assertThat(metric.message()).contains("unknown SLO metric [write.p99]", "write.lat.p99.9");
        assertThat(itself.message()).contains("unknown SLO metric [slo.iops]");
        assertThat(max.key()).isEqualTo("workloads[0].slo.max");
        assertThat(max.message()).contains("[fast] is not a value", "25ms");
        assertThat(missing.key()).isEqualTo("workloads[0].slo.max");
    }
}

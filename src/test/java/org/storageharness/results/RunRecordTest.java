package org.storageharness.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioFailure;
import org.storageharness.report.RunRecords;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.RunSession;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.TestSuites;
import java.time.Duration;

/** The results record of a real local run: every case with its verdict, repetitions, spread and stability. */
@RequiresFio
class RunRecordTest {

    @TempDir
    Path dir;

    private Suite suite(double unstableSpread, WorkloadSpec... workloads) {
        EngineSpec host = new EngineSpec("host", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
        EngineSpec cluster = new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("longhorn"));
        return new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(host, cluster),
                List.of(workloads), List.of(), 2, KubeOptions.defaults(), unstableSpread);
    }

    private RunRecord run(Suite suite) throws Exception {
        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            for (BenchmarkCase c : RunSession.cases(suite)) {
                try {
                    session.run(c, new RecordingSink(new ArrayList<>()));
                } catch (FioFailure expected) {
                    // recorded as broken
                }
            }
            return RunRecords.of(session, Map.of("fio", "fio-3.33"), Instant.now());
        }
    }

    @Test
    void recordsEveryCaseWithItsVerdictAndRepetitions() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>(TestSuites.workload("0").options());
        bad.put("ioengine", "nope");
        WorkloadSpec broken = new WorkloadSpec("bad", "", bad, null, Duration.ofSeconds(1));

        RunRecord record = run(suite(10, TestSuites.workload("0"), broken));

        assertThat(record.schema()).isEqualTo("storage-harness/results");
        assertThat(record.schemaVersion()).isEqualTo(1);
        assertThat(record.cases()).extracting(c -> c.engine() + " " + c.workload() + " " + c.verdict())
                .containsExactly("host w passed", "host bad broken", "lh w skipped", "lh bad skipped");
        RunRecord.MetricRecord iops = record.cases().get(0).groups().get(0).metrics().get("write.iops");
        assertThat(iops.values()).hasSize(2);
        assertThat(iops.min()).isLessThanOrEqualTo(iops.median()).isGreaterThan(0);
        assertThat(iops.max()).isGreaterThanOrEqualTo(iops.median());
        assertThat(record.cases().get(0).groups().get(0).unstable()).isEmpty();
        assertThat(record.cases().get(1).message()).contains("nope");
        assertThat(record.cases().get(2).message()).contains("runs only on a Kubernetes target");
    }

    @Test
    void flagsMetricsWhoseRepetitionsDifferMoreThanTheBound() throws Exception {
        RunRecord record = run(suite(1e-9, TestSuites.workload("0")));

        assertThat(record.cases().get(0).groups().get(0).unstable()).contains("write.iops");
    }

    @Test
    void writesAFileThatReadsBackTheSame() throws Exception {
        RunRecord record = run(suite(10, TestSuites.workload("0")));

        Path file = ResultsFile.write(record, dir.resolve("results.json"));

        assertThat(ResultsFile.read(file)).isEqualTo(record);
    }

    @Test
    void refusesANewerSchemaVersionAndForeignJson() throws Exception {
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"schema\":\"storage-harness/results\",\"schemaVersion\":99,\"cases\":[],\"environment\":{}}");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"jobs\": []}");

        assertThatThrownBy(() -> ResultsFile.read(newer)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema version [99]").hasMessageContaining("update the harness");
        assertThatThrownBy(() -> ResultsFile.read(foreign)).hasMessageContaining("has schema [null]");
    }

    @Test
    void aRecordWrittenBeforeInterruptsWereRecordedReadsAsNotInterrupted() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "{\"schema\":\"storage-harness/results\","
                + "\"schemaVersion\":1,\"runId\":\"r\",\"cases\":[],\"environment\":{}}");

        RunRecord record = ResultsFile.read(old);

        assertThat(record.interrupted()).isFalse();
        assertThat(record.signal()).isNull();
    }

    @Test
    void anInterruptedRunSaysSoAndBySignal() throws Exception {
        Suite suite = suite(10, TestSuites.workload("0"));
        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            session.stops().interruption().stop("SIGTERM");
            for (BenchmarkCase c : RunSession.cases(suite)) {
                session.run(c, new RecordingSink(new ArrayList<>()));
            }

            RunRecord record = RunRecords.of(session, Map.of(), Instant.now());

            assertThat(record.interrupted()).isTrue();
            assertThat(record.signal()).isEqualTo("SIGTERM");
            assertThat(record.cases()).extracting(RunRecord.CaseRecord::message).containsOnly("run interrupted");
        }
    }
}

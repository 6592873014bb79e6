package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storageharness.fio.FioFailure;
import org.storageharness.fio.FioNotInstalledException;
import org.storageharness.fio.FioOutputException;
import org.storageharness.fio.FioTimeoutException;
import org.storageharness.gate.Regression;
import org.storageharness.metrics.ThresholdCheck;
import org.storageharness.metrics.Violation;
import org.storageharness.platform.k3s.PlatformUnavailableException;
import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.ClusterTimeoutException;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Threshold;

/**
 * {@code allure/categories.json} files every failed, broken or skipped result under exactly one category. Allure puts
 * a result into <em>every</em> category that matches it, so overlapping rules would count a case twice.
 */
class CategoriesTest {

    /** Allure's category: all given conditions must hold; messages match with {@code matches()} under DOTALL. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String name, List<String> matchedStatuses, String messageRegex, String traceRegex) {

        boolean matches(String status, String message, String trace) {
            return (matchedStatuses == null || matchedStatuses.isEmpty() || matchedStatuses.contains(status))
                    && fullMatch(messageRegex, message) && fullMatch(traceRegex, trace);
        }

        private static boolean fullMatch(String regex, String text) {
            return regex == null || text != null && Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches();
        }
    }

    private static List<Category> categories() throws Exception {
        Path file = Path.of(System.getProperty("harness.basedir", ".")).resolve("allure/categories.json");
        return new ObjectMapper().readValue(file.toFile(), new TypeReference<List<Category>>() { });
    }

    private static List<String> matching(String status, String message) throws Exception {
        return categories().stream().filter(c -> c.matches(status, message, "java.lang.Throwable\n\tat x.y(Z.java:1)"))
                .map(Category::name).toList();
    }

    private static String threshold(String metric, double limit, double actual) {
        Threshold t = new Threshold(Metric.parse(metric).orElseThrow(), true, limit, Set.of(), Set.of(),
                "suites/storage.yaml:40");
        return ThresholdCheck.message("longhorn · randrw-4k-qd16x8", List.of(new Violation(t, actual, null)));
    }

    private static String twoThresholds() {
        Threshold lat = new Threshold(Metric.parse("write.lat.p99.9").orElseThrow(), true, 25, Set.of(), Set.of(),
                "suites/storage.yaml:40");
        Threshold iops = new Threshold(Metric.parse("total.iops").orElseThrow(), false, 40_000, Set.of(), Set.of(),
                "suites/storage.yaml:42");
        return ThresholdCheck.message("longhorn · randrw-4k-qd16x8", List.of(new Violation(lat, 31.2, null),
                new Violation(iops, 35_000, null)));
    }

    private static String regression() {
        return Regression.message("longhorn · randrw-4k-qd16x8", "20261120-010000-a1b2", List.of(
                new Regression(Metric.parse("total.iops").orElseThrow(), null, 40_000, 30_000, 2_000)));
    }

    private static String fioFailure() {
        return new FioFailure("fio reported failure", 1, null, "fio: pid=12, err=28/file:io_u.c:1889, "
                + "func=io_u error, error=No space left on device").getMessage();
    }

    private static String dataMismatch() {
        return "Data mismatch: longhorn · upgrade gate expected golden data of generation [1a2b3c40] but fio's"
                + " verification failed; " + fioFailure();
    }

    static Stream<Arguments> messages() {
        String clusterTimeout = new ClusterTimeoutException("pod [fio-1] to be Running", Duration.ofMinutes(5),
                "Pending", "raise -Dcluster.timeout").getMessage();
        String k3sWithoutDocker = new PlatformUnavailableException("target [k3s] needs a Docker engine, none found"
                + " [no socket at /var/run/docker.sock]; start Docker").getMessage();
        String preflight = new ConfigurationException("preflight of suite [storage] on target [kubeconfig]", List.of(
                new Problem(Path.of("suites/storage.yaml"), 0, "target", "Cluster unavailable: cannot read from the"
                        + " API"))).getMessage();
        return Stream.of(
                Arguments.of("failed", threshold("write.lat.p99.9", 25, 31.2), "Threshold violated"),
                Arguments.of("failed", twoThresholds(), "Threshold violated"),
                Arguments.of("failed", "Threshold violated: longhorn · failover longest I/O stall expected <= [30 s]"
                        + " but was [45 s] [replica on node-2 deleted]; engine limit failover.maxStall",
                        "Threshold violated"),
                Arguments.of("failed", regression(), "Regression"),
                Arguments.of("failed", twoThresholds() + "\n" + regression(), "Threshold violated and regression"),
                Arguments.of("failed", dataMismatch(), "Data integrity"),
                Arguments.of("failed", "I/O errors: longhorn · failover expected no I/O errors during the fault but"
                        + " the writer got [3]; " + fioFailure(), "Data integrity"),
                Arguments.of("failed", threshold("write.lat.p99.9", 25, 31.2) + "\n" + dataMismatch(),
                        "Data integrity"),
                Arguments.of("failed", "expected: <true> but was: <false>", "Other failed checks"),
                Arguments.of("failed", "", "Other failed checks"),
                Arguments.of("broken", new ConfigurationException("-Dgate: unknown gate [x]; allowed: [upgrade]")
                        .getMessage(), "Configuration error"),
                Arguments.of("broken", preflight, "Configuration error"),
                Arguments.of("broken", new FioNotInstalledException("fio", null).getMessage(), "Configuration error"),
                Arguments.of("broken", "Failed to resolve parameter [RunSession session] in method [void"
                        + " benchmark()]: Configuration error: suite [nope] not found", "Configuration error"),
                Arguments.of("broken", new ClusterProblemException("image [fio:3.36] cannot be pulled").getMessage(),
                        "Infrastructure"),
                Arguments.of("broken", clusterTimeout, "Infrastructure"),
                Arguments.of("broken", k3sWithoutDocker, "Infrastructure"),
                Arguments.of("skipped", k3sWithoutDocker, "Infrastructure"),
                Arguments.of("broken", fioFailure(), "Infrastructure"),
                Arguments.of("broken", new FioFailure("fio failed and wrote no usable report", 1, null, "")
                        .getMessage(), "Infrastructure"),
                Arguments.of("broken", new FioFailure("fio completed 3 short or dropped I/Os", 0, null, null)
                        .getMessage(), "Infrastructure"),
                Arguments.of("broken", new FioTimeoutException("job.fio", Duration.ofSeconds(90)).getMessage(),
                        "Infrastructure"),
                Arguments.of("broken", new FioOutputException("fio wrote no JSON report; output: (empty)", null)
                        .getMessage(), "Infrastructure"),
                Arguments.of("broken", new FioOutputException("fio's JSON report is incomplete or malformed (x)",
                        null).getMessage(), "Infrastructure"),
                Arguments.of("broken", "Cannot invoke \"String.length()\" because \"name\" is null", "Harness error"),
                Arguments.of("broken", "java.lang.IllegalStateException", "Harness error"),
                Arguments.of("broken", "", "Harness error"),
                Arguments.of("skipped", "engine [longhorn] has no [local] volume, so it runs only on a Kubernetes"
                        + " target (storageClass [longhorn]); run with -Dtarget=kubeconfig or k3s",
                        "Not applicable on this target"),
                Arguments.of("skipped", "engine [host] has no [storageClass], so it runs only on the local target;"
                        + " run with -Dtarget=local", "Not applicable on this target"),
                Arguments.of("skipped", "correctness checks (snapshot, persistence, failover, clone, expansion) need"
                        + " a Kubernetes target; this run is on [local]: run with -Dtarget=kubeconfig (and"
                        + " -Dkubeconfig, -Dcluster.allow) or -Dtarget=k3s", "Not applicable on this target"),
                Arguments.of("skipped", "destructive faults are not allowed in this run; allow them with"
                        + " -Dfaults=allow -Dfaults.nodes=NODE", "Not applicable on this target"),
                Arguments.of("skipped", "", "Not applicable on this target"),
                Arguments.of("broken", "Interrupted: host · randrw-4k-qd16x8 stopped by SIGINT after 12 s", "Interrupted"),
                Arguments.of("failed", "Interrupted: run of suite [smoke] stopped by SIGTERM after 30 s; not run: 8 cases,"
                        + " 0 checks", "Interrupted"),
                Arguments.of("skipped", "run interrupted", "Interrupted"),
                Arguments.of("failed", "Nothing ran: 9 cases skipped: target [k3s] needs a Docker engine (9 cases);"
                        + " -Dallow.empty=true allows a run in which nothing runs", "Nothing ran"),
                Arguments.of("broken", "Nothing ran: no case and no check was started", "Nothing ran"),
                Arguments.of("skipped", "run not started: see the error printed above", "Run not started"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("messages")
    void everyMessageFallsIntoExactlyOneCategory(String status, String message, String category) throws Exception {
        assertThat(matching(status, message)).as(message).containsExactly(category);
    }

    @Test
    void passedResultsHaveNoCategory() throws Exception {
        for (Arguments shape : messages().toList()) {
            assertThat(matching("passed", (String) shape.get()[1])).isEmpty();
        }
    }

    @Test
    void everyCategoryIsReachable() throws Exception {
        List<Object> used = messages().map(a -> a.get()[2]).distinct().toList();

        assertThat(categories()).extracting(Category::name).containsExactlyInAnyOrderElementsOf(
                used.stream().map(String.class::cast).toList());
    }
}

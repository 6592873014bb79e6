package org.storageharness.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.testing.ManifestFiles;

/**
 * The examples under {@code src/main/examples}: the in-cluster manifests parse, the CronJob is safe to leave
 * running, RBAC follows the tiers of engines.md §9.1 (2 and 3 in their own files), the CI files compare with a baseline, and every
 * {@code -D} option they use is one the README documents.
 */
class ExamplesTest {

    private static final Path BASEDIR = Path.of(System.getProperty("harness.basedir", ".")).toAbsolutePath()
            .normalize();
    private static final Path EXAMPLES = BASEDIR.resolve("src/main/examples");
    private static final Path IN_CLUSTER = EXAMPLES.resolve("in-cluster");
    private static final Path NIGHTLY = EXAMPLES.resolve("nightly");
    private static final Pattern DASH_D = Pattern.compile("-D([A-Za-z][A-Za-z0-9._-]*)");

    @Nested
    class InCluster {

        @Test
        void everyManifestParsesOfflineIntoNamedObjects() {
            List<Path> files = files(IN_CLUSTER, ".yaml");
            assertThat(files).hasSizeGreaterThanOrEqualTo(7);
            for (Path file : files) {
                assertThat(load(file)).as("objects in [%s]", file).isNotEmpty().allSatisfy(o -> {
                    assertThat(o.getKind()).as("kind in [%s]", file).isNotBlank();
                    assertThat(o.getMetadata().getName() != null || o.getMetadata().getGenerateName() != null)
                            .as("name of a [%s] in [%s]", o.getKind(), file).isTrue();
                });
            }
        }

        @Test
        void everyFieldIsOneTheApiKnows() {
            for (Path file : files(IN_CLUSTER, ".yaml")) {
                List<String> unknown = new ArrayList<>();
                load(file).forEach(o -> UnknownFields.collect(o, o.getKind(), unknown));
                assertThat(unknown).as("fields the API server would reject (strict validation) in [%s]", file)
                        .isEmpty();
            }
        }

        @Test
        void unknownFieldCheckFindsAMisplacedField(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("cronjob.yaml"), "apiVersion: batch/v1\nkind: CronJob\n"
                    + "metadata: {name: x}\nspec: {schedule: '* * * * *', activeDeadlineSeconds: 60,\n"
                    + "  jobTemplate: {spec: {template: {spec: {containers: [{name: c, image: i}]}}}}}\n");
            List<String> unknown = new ArrayList<>();
            load(file).forEach(o -> UnknownFields.collect(o, o.getKind(), unknown));
            assertThat(unknown).containsExactly("CronJob.spec.activeDeadlineSeconds");
        }

        @Test
        void cronJobRunsTheScriptTheImageCarries() throws IOException {
            List<String> command = harness(cronPod()).getCommand();
            String home = "/opt/storage-harness/";
            assertThat(command).hasSize(2).first().isEqualTo("/bin/sh");
            assertThat(command.get(1)).startsWith(home);
            assertThat(BASEDIR.resolve(command.get(1).substring(home.length()))).isRegularFile();
            assertThat(Files.readString(IN_CLUSTER.resolve("Containerfile")))
                    .contains("WORKDIR " + home.substring(0, home.length() - 1), "COPY --chown=harness:harness src src");
        }

        @Test
        void cronJobForbidsOverlappingRunsAndIsBounded() {
            CronJob cron = single(load(IN_CLUSTER.resolve("cronjob.yaml")), CronJob.class);
            assertThat(cron.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
            assertThat(cron.getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds()).isPositive();
            assertThat(harness(cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()).getResources()
                    .getRequests()).containsKeys("cpu", "memory");
        }

        @Test
        void cronJobAllowsOnlyTheInClusterContext() {
            List<String> args = harness(cronPod()).getArgs();
            assertThat(args).contains("-Dtarget=kubeconfig", "-Dcluster.allow=in-cluster");
            assertThat(args).noneMatch(a -> a.startsWith("-Dkubeconfig") || a.startsWith("-Dcontext"));
        }

        @Test
        void cronJobRunsAsAServiceAccountThatEachTier0FileDefinesAndBinds() {
            String account = cronPod().getServiceAccountName();
            String namespace = single(load(IN_CLUSTER.resolve("cronjob.yaml")), CronJob.class).getMetadata()
                    .getNamespace();
            for (Path file : List.of(IN_CLUSTER.resolve("rbac-tier0-core.yaml"),
                    IN_CLUSTER.resolve("rbac-tier0-fixed-namespace.yaml"))) {
                List<HasMetadata> objects = load(file);
                assertThat(objects).as("ServiceAccount [%s/%s] in [%s]", namespace, account, file)
                        .anyMatch(o -> o instanceof ServiceAccount && account.equals(o.getMetadata().getName())
                                && namespace.equals(o.getMetadata().getNamespace()));
                assertThat(subjects(objects)).as("binding subjects in [%s]", file)
                        .anyMatch(s -> account.equals(s.getName()) && namespace.equals(s.getNamespace()));
            }
        }

        @Test
        void recordBaselineJobRunsTheNightlyArgumentsAndRecords() {
            Job job = single(load(IN_CLUSTER.resolve("record-baseline-job.yaml")), Job.class);
            PodSpec pod = job.getSpec().getTemplate().getSpec();
            List<String> expected = new ArrayList<>(harness(cronPod()).getArgs());
            expected.add("-Dbaseline.update=true");
            assertThat(harness(pod).getArgs()).isEqualTo(expected);
            assertThat(pod.getServiceAccountName()).isEqualTo(cronPod().getServiceAccountName());
            assertThat(harness(pod).getImage()).isEqualTo(harness(cronPod()).getImage());
        }

        private PodSpec cronPod() {
            return single(load(IN_CLUSTER.resolve("cronjob.yaml")), CronJob.class).getSpec().getJobTemplate()
                    .getSpec().getTemplate().getSpec();
        }
    }

    @Nested
    class Rbac {

        @Test
        void tier0And1GrantNoWildcardsNodeChangesOrTier2And3Rights() {
            List<PolicyRule> rules = rbacFiles().filter(f -> f.getFileName().toString().matches("rbac-tier[01]-.*"))
                    .flatMap(f -> rules(load(f)).stream()).toList();
            assertThat(rules).hasSizeGreaterThan(10);
            assertThat(RbacLimits.violations(rules)).isEmpty();
        }

        @Test
        void tier2And3FilesGrantOnlyTheirOwnTiersRights() {
            List<PolicyRule> tier2 = rules(load(IN_CLUSTER.resolve("rbac-tier2-engine-faults.yaml")));
            List<PolicyRule> tier3 = rules(load(IN_CLUSTER.resolve("rbac-tier3-node-drain.yaml")));
            assertThat(RbacLimits.violations(tier2)).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("tier 2"));
            assertThat(RbacLimits.violations(tier3)).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("tier 3"));
            assertThat(tier2).allSatisfy(r -> assertThat(r.getVerbs()).containsOnly("delete"));
        }

        @Test
        void limitsCatchWhatTheyForbid() {
            List<PolicyRule> bad = List.of(rule("", "pods", "*"), rule("", "*", "get"), rule("", "nodes", "delete"),
                    rule("", "nodes", "patch"), rule("policy", "pods/eviction", "create"),
                    rule("longhorn.io", "replicas", "delete"), rule("apps", "deployments/scale", "update"),
                    rule("", "services/proxy", "update"));
            assertThat(RbacLimits.violations(bad)).hasSize(bad.size());
        }

        @Test
        void everyRuleSaysWhyItIsNeeded() throws IOException {
            for (Path file : rbacFiles().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).trim().startsWith("- apiGroups:")) {
                        assertThat(lines.get(i - 1).trim()).as("line above the rule at [%s:%d]", file, i + 1)
                                .startsWith("#");
                    }
                }
            }
        }

        private static PolicyRule rule(String group, String resource, String verb) {
            return new PolicyRuleBuilder().withApiGroups(group).withResources(resource).withVerbs(verb).build();
        }
    }

    @Nested
    class Ci {

        @Test
        void everyBenchmarkRunComparesWithABaseline() {
            for (Path file : files(NIGHTLY, ".yml")) {
                List<String> runs = texts(yaml(file)).stream().filter(t -> t.contains("mvn ") && t.contains(" verify"))
                        .toList();
                assertThat(runs).as("mvn verify invocations in [%s]", file).hasSizeGreaterThanOrEqualTo(2)
                        .allMatch(t -> t.contains("-Dbaseline="))
                        .anyMatch(t -> t.contains("-Dbaseline.update=true"))
                        .anyMatch(t -> !t.contains("-Dbaseline.update"));
            }
        }

        @Test
        void githubWorkflowRunsNightlyAndUploadsTheReportEvenWhenTheRunFails() {
            JsonNode workflow = yaml(NIGHTLY.resolve("github-actions-self-hosted.yml"));
            assertThat(workflow.path("on").has("schedule")).isTrue();
            assertThat(workflow.path("on").has("workflow_dispatch")).isTrue();
            List<JsonNode> uploads = new ArrayList<>();
            workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
                if (step.path("uses").asText().startsWith("actions/upload-artifact")) {
                    uploads.add(step);
                }
            }));
            assertThat(uploads).isNotEmpty().allMatch(s -> s.path("if").asText().contains("always()"));
            assertThat(uploads.stream().map(s -> s.path("with").path("path").asText()).toList())
                    .anyMatch(p -> p.contains("target/site/allure-maven-plugin"))
                    .anyMatch(p -> p.contains("target/storage-harness/results.json"));
        }
    }

    @Nested
    class Options {

        @Test
        void everyDashDOptionIsDocumentedInTheReadme() throws IOException {
            Set<String> used = new TreeSet<>();
            for (Path file : files(EXAMPLES, "")) {
                used.addAll(dashDKeys(Files.readString(file)));
            }
            assertThat(used).contains("suite", "baseline", "baseline.update", "cluster.allow");
            assertThat(undocumented(used)).isEmpty();
        }

        @Test
        void readmeCheckCatchesAnUndocumentedOption() {
            assertThat(undocumented(Set.of("suite", "no.such.option"))).containsExactly("no.such.option");
        }

        private static Set<String> undocumented(Set<String> keys) {
            Set<String> documented;
            try {
                documented = dashDKeys(Files.readString(BASEDIR.resolve("README.md")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(documented);
            return missing;
        }

        private static Set<String> dashDKeys(String text) {
            Set<String> keys = new TreeSet<>();
            Matcher m = DASH_D.matcher(text);
            while (m.find()) {
                keys.add(m.group(1).replaceAll("[.-]+$", ""));
            }
            return keys;
        }
    }

    private static Stream<Path> rbacFiles() {
        return files(IN_CLUSTER, ".yaml").stream().filter(f -> f.getFileName().toString().startsWith("rbac-"));
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list [" + dir + "]", e);
        }
    }

    private static List<HasMetadata> load(Path file) {
        return ManifestFiles.load(file);
    }

    private static JsonNode yaml(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("[" + file + "] is not YAML", e);
        }
    }

    /** Every string value in the tree (commands, paths, expressions). */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> texts.addAll(texts(child)));
        return texts;
    }

    private static <T> T single(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("objects of kind [%s]", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static Container harness(PodSpec pod) {
        return pod.getContainers().stream().filter(c -> c.getName().equals("harness")).findFirst().orElseThrow();
    }

    private static List<PolicyRule> rules(List<HasMetadata> objects) {
        List<PolicyRule> rules = new ArrayList<>();
        objects.forEach(o -> {
            if (o instanceof ClusterRole r) {
                rules.addAll(r.getRules());
            } else if (o instanceof Role r) {
                rules.addAll(r.getRules());
            }
        });
        return rules;
    }

    private static List<Subject> subjects(List<HasMetadata> objects) {
        List<Subject> subjects = new ArrayList<>();
        objects.forEach(o -> {
            if (o instanceof ClusterRoleBinding b) {
                subjects.addAll(b.getSubjects());
            } else if (o instanceof RoleBinding b) {
                subjects.addAll(b.getSubjects());
            }
        });
        return subjects;
    }

    /** Fields fabric8 kept as additional properties: unknown to the API, so a strict server rejects them. */
    static final class UnknownFields {

        private UnknownFields() {
        }

        static void collect(Object value, String path, List<String> found) {
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> collect(v, path + "." + k, found));
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collect(item, path + "[" + i++ + "]", found);
                }
            } else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
                for (Method getter : value.getClass().getMethods()) {
                    if (isProperty(getter)) {
                        Object child = get(getter, value);
                        if (getter.getName().equals("getAdditionalProperties")) {
                            ((Map<?, ?>) child).keySet().forEach(k -> found.add(path + "." + k));
                        } else {
                            collect(child, path + "." + Character.toLowerCase(getter.getName().charAt(3))
                                    + getter.getName().substring(4), found);
                        }
                    }
                }
            }
        }

        private static boolean isProperty(Method m) {
            return m.getName().startsWith("get") && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class;
        }

        private static Object get(Method getter, Object target) {
            try {
                return getter.invoke(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read [" + getter + "]", e);
            }
        }
    }

    /** What the examples' RBAC must never grant: wildcards, and the node and engine-fault rights of tiers 2 and 3. */
    static final class RbacLimits {

        private static final Set<String> WRITE = Set.of("create", "update", "patch", "delete", "deletecollection");
        private static final Set<String> ENGINE_GROUPS = Set.of("longhorn.io", "openebs.io", "local.openebs.io",
                "zfs.openebs.io", "ceph.rook.io", "piraeus.io", "internal.linstor.linbit.com");

        private RbacLimits() {
        }

        static List<String> violations(List<PolicyRule> rules) {
            List<String> found = new ArrayList<>();
            for (PolicyRule rule : rules) {
                for (String group : rule.getApiGroups()) {
                    for (String resource : rule.getResources()) {
                        for (String verb : rule.getVerbs()) {
                            String why = why(group, resource, verb);
                            if (why != null) {
                                found.add(why + ": [" + verb + "] on [" + resource + "] in group [" + group + "]");
                            }
                        }
                    }
                }
            }
            return found;
        }

        private static String why(String group, String resource, String verb) {
            if ("*".equals(group) || "*".equals(resource) || "*".equals(verb)) {
                return "wildcard";
            }
            if (group.isEmpty() && resource.equals("nodes") && WRITE.contains(verb)) {
                return "tier 3 (cordon, label, delete nodes)";
            }
            if (resource.equals("pods/eviction") || resource.equals("pods/exec")) {
                return "tier 3 (drain, node agent)";
            }
            if (resource.endsWith("/scale") || ENGINE_GROUPS.contains(group) && WRITE.contains(verb)) {
                return "tier 2 (engine fault)";
            }
            if (resource.equals("services/proxy") && !verb.equals("get")) {
                return "tier 2 (engine REST writes)";
            }
            return null;
        }
    }
}

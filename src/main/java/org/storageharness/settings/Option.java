package org.storageharness.settings;

import java.util.Arrays;
import java.util.List;
import org.storageharness.platform.k3s.K3sSettings;

/**
 * Every {@code -D} option the harness reads, with its value syntax, default and meaning: the one list that
 * {@link RunSettings} parses, the README's options tables show and help text is made from. Durations take
 * {@code ms}, {@code s}, {@code m} or {@code h} (a bare number is seconds); relative files are resolved against the
 * project folder unless said otherwise.
 */
public enum Option {

    SUITE("suite", "NAME", "`smoke`", "run `suites/NAME.yaml`; an unknown name lists the available suites"),
    PLAN("plan", "true", "`false`: run the suite", "print what the run would do, create and need, changing nothing;"
            + " fails listing what is missing (see *Plan first*)"),
    TARGET("target", "local|kubeconfig|k3s|auto", "the suite's", "override the suite's target"),
    ENGINES("engines", "a,b", "all", "run only these engines of the suite"),
    WORKLOADS("workloads", "x,y", "all", "run only these workloads of the suite"),
    RUNTIME("runtime", "10s", "the suite's", "fio runtime of every workload (a duration; beats the suite and the"
            + " catalog)"),
    REPETITIONS("repetitions", "N", "the suite's", "run every case N times (a whole number ≥ 1; beats the suite)"),
    FIO_PATH("fio.path", "/path/to/fio", "`fio` on PATH", "which fio binary"),
    FIO_OPTIONS("fio.options", "k=v,...", "none", "extra fio options for every option workload"),
    BASELINE("baseline", "FILE", "no baseline", "compare with a baseline file"),
    BASELINE_UPDATE("baseline.update", "true", "`false`", "record the run into `-Dbaseline` instead of comparing"),
    HISTORY_DIR("history.dir", "DIR", "`.results-history`", "where results records of past runs are kept (trends)"),
    GATE("gate", "upgrade", "off", "the engine-upgrade gate"),
    GATE_STATE("gate.state", "FILE", "`.upgrade-gate/<suite>.json`", "where the upgrade gate records its golden data"),
    ALLOW_EMPTY("allow.empty", "true", "`false`: a run in which nothing ran fails",
            "let a run in which no case and no check ran (all skipped or filtered away) pass"),
    FAULTS("faults", "allow", "not allowed: failover skipped", "allow destructive faults (failover check)"),
    FAULTS_NODES("faults.nodes", "a,b", "none", "the nodes a destructive fault may hit"),
    FAULTS_MODE("faults.mode", "replica|drain|command", "`replica`", "how the failover check faults the volume"),
    FAULTS_COMMAND("faults.command", "…", "none", "the node-fault command of mode `command` (node in `$NODE`)"),
    FAULTS_UNDO("faults.undo", "…", "none", "the command that undoes it; always runs"),
    KUBECONFIG("kubeconfig", "FILE", "`KUBECONFIG`, `~/.kube/config`, in-cluster service account",
            "kubeconfig file (relative to the working directory)"),
    CONTEXT("context", "NAME", "the current context", "kubeconfig context"),
    CLUSTER_ALLOW("cluster.allow", "a,b", "none", "contexts the harness may touch (added to the suite's list)"),
    NAMESPACE("namespace", "NAME", "a new `storage-harness-<run id>`", "use this existing namespace"),
    FIO_IMAGE("fio.image", "IMAGE", "`ghcr.io/storage-harness/fio:3.33`", "fio image for the pods"),
    KEEP("keep", "true", "`false`: remove them", "leave the run's objects in the cluster"),
    K3S_IMAGE(K3sSettings.IMAGE_PROPERTY, "IMAGE", "`rancher/k3s:v1.34.9-k3s1`",
            "K3s image for `-Dtarget=k3s` (a pinned tag)"),
    K3S_STARTUP_TIMEOUT(K3sSettings.TIMEOUT_PROPERTY, "5m", "`5m`", "how long K3s and its add-ons may take to start"),
    K3S_SNAPSHOT_STACK(K3sSettings.SNAPSHOT_STACK_PROPERTY, "false", "`true`: install",
            "install the snapshot CRDs, controller and csi-hostpath in K3s"),
    HARNESS_BASEDIR("harness.basedir", "DIR", "the working directory", "the project folder (set by the pom)", true),
    HARNESS_OUTPUT("harness.output", "DIR", "`<basedir>/target/storage-harness`",
            "the run's output folder (set by the pom; relative to the working directory)", true),
    ALLURE_RESULTS("allure.results.directory", "DIR", "`<basedir>/target/allure-results`",
            "Allure's results folder (set by the pom; relative to the working directory)", true);

    private final String key;
    private final String value;
    private final String defaultValue;
    private final String meaning;
    private final boolean internal;

    Option(String key, String value, String defaultValue, String meaning) {
        this(key, value, defaultValue, meaning, false);
    }

    Option(String key, String value, String defaultValue, String meaning, boolean internal) {
        this.key = key;
        this.value = value;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
        this.internal = internal;
    }

    /** The system property's name, without {@code -D}. */
    public String key() {
        return key;
    }

    /** As written on the command line: {@code -Dkey}. */
    public String flag() {
        return "-D" + key;
    }

    /** True for options the pom sets for the harness; users do not give them, so the README does not list them. */
    public boolean internal() {
        return internal;
    }

    /** The option as a row of the README's options tables: {@code | `-Dkey=VALUE` | meaning | default |}. */
    public String tableRow() {
        return "| `" + flag() + "=" + value.replace("|", "\\|") + "` | " + meaning + " | " + defaultValue + " |";
    }

    /** The options users give, in the order above. */
    public static List<Option> documented() {
        return Arrays.stream(values()).filter(o -> !o.internal).toList();
    }
}

package org.storageharness.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The storage suites run by {@link SuiteLauncher} in a child JVM that leads a process group of its own (started
 * through {@code setsid}), so a test can send it what a terminal's Ctrl-C sends (SIGINT to the whole group: the JVM and
 * its fio) or what a CI job's cancel sends (SIGTERM), and watch how it ends. Its output and results go under the
 * {@code basedir} it is given; its console is {@code basedir/child.log}.
 */
public final class ChildSuiteRun implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildSuiteRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param basedir the project folder the child sees: {@code suites/} in it, and where it writes
     * @param options {@code -D} options (without {@code -D}); output, Allure results and history default to
     *                {@code basedir/out}, {@code basedir/allure-results} and {@code basedir/history}
     */
    public static ChildSuiteRun start(Path basedir, Map<String, String> options) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(Map.of("harness.basedir", basedir.toString(),
                "harness.output", basedir.resolve("out").toString(),
                "allure.results.directory", basedir.resolve("allure-results").toString(),
                "history.dir", basedir.resolve("history").toString()));
        all.putAll(options);
        List<String> command = new ArrayList<>(List.of("setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                // as the test JVMs: the C1 compiler alone and the serial collector start a short run for less CPU
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path")));
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(SuiteLauncher.class.getName());
        Path log = basedir.resolve("child.log");
        Process process = new ProcessBuilder(command).directory(basedir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildSuiteRun(process, log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Whether the child ignores {@code signal} ({@code INT}): a JVM started in the background of a non-interactive
     * shell inherits an ignored SIGINT, and a Ctrl-C then never reaches it.
     */
    public boolean ignores(String signal) throws IOException {
        int number = signal.equals("INT") ? 2 : signal.equals("TERM") ? 15 : -1;
        String ignored = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).map(l -> l.substring(7).trim()).findFirst().orElse("0");
        return (Long.parseUnsignedLong(ignored, 16) & (1L << (number - 1))) != 0;
    }

    /** Sends {@code SIG<signal>} to the child's whole process group, as a terminal's Ctrl-C does. */
    public void signalGroup(String signal) {
        Shell.run("kill", "-" + signal, "--", "-" + process.pid());
    }

    /** Sends {@code SIG<signal>} to the child JVM alone. */
    public void signal(String signal) {
        Shell.run("kill", "-" + signal, String.valueOf(process.pid()));
    }

    /** Waits up to {@code bound} for the child to end; returns the seconds waited, or -1 when it did not end. */
    public double secondsToExit(Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        boolean ended = process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        return ended ? (System.nanoTime() - start) / 1e9 : -1;
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Processes of this machine whose command line mentions {@code text} (fio's output path, say). */
    public static List<String> processesMentioning(String text) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains(text)).toList();
    }

    /** What the child printed so far. */
    public String console() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Ends the child and what it started, if the test has not seen it end. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}

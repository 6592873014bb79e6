package org.storageharness.fio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.storageharness.lifecycle.ShutdownCleanup;

/**
 * Runs fio as a local process with json+ output to a file, and turns every outcome into a result or a clear exception.
 * Processes still running when the JVM shuts down (Ctrl-C, SIGTERM) are killed with their children.
 */
public final class FioRunner implements AutoCloseable {

    private final String executable;
    private final FioJudge judge = new FioJudge();
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final ShutdownCleanup shutdown = ShutdownCleanup.registered("fio-runner-shutdown", this::stopAll);

    /** @param executable the fio binary, e.g. {@code fio} or {@code /usr/bin/fio} */
    public FioRunner(String executable) {
        this.executable = executable;
    }

    /** fio's version string ({@code fio-3.33}); throws {@link FioNotInstalledException} when fio cannot start. */
    public String version() {
        try {
            Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new FioNotInstalledException(executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking fio for its version", e);
        }
    }

    /** Runs fio and returns its parsed report; fio errors, timeouts and interrupts become exceptions. */
    public FioExecution run(FioInvocation invocation) throws InterruptedException {
        Path stderrFile = invocation.outputFile().resolveSibling(invocation.outputFile().getFileName() + ".stderr");
        Path stdoutFile = invocation.outputFile().resolveSibling(invocation.outputFile().getFileName() + ".stdout");
        long start = System.nanoTime();
        Process process = start(invocation, stdoutFile, stderrFile);
        running.add(process);
        try {
            if (!process.waitFor(invocation.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.stop(process);
                throw new FioTimeoutException(invocation.jobFile().toString(), invocation.timeout());
            }
        } catch (InterruptedException e) {
            ProcessTree.stop(process);
            throw e;
        } finally {
            running.remove(process);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return judge.judge(process.exitValue(), read(invocation.outputFile()), messages(stdoutFile, stderrFile),
                wall);
    }

    private Process start(FioInvocation invocation, Path stdoutFile, Path stderrFile) {
        List<String> command = new ArrayList<>(List.of(executable, "--output-format=json+",
                "--output=" + invocation.outputFile(), "--eta=never", invocation.jobFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(invocation.workDir().toFile())
                .redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile());
        builder.environment().putAll(invocation.environment());
        try {
            Files.deleteIfExists(invocation.outputFile());
            return builder.start();
        } catch (IOException e) {
            if (Files.isDirectory(invocation.workDir())) {
                throw new FioNotInstalledException(executable, e);
            }
            throw new IllegalStateException("cannot start fio in [" + invocation.workDir() + "]: " + e.getMessage(), e);
        }
    }

    /** stdout and stderr together: fio prints some warnings to stdout even when the report goes to a file. */
    private static String messages(Path stdoutFile, Path stderrFile) {
        String out = read(stdoutFile).strip();
        String err = read(stderrFile).strip();
        return out.isEmpty() ? err : err.isEmpty() ? out : out + "\n" + err;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void stopAll() {
        running.forEach(ProcessTree::stop);
    }

    @Override
    public void close() {
        shutdown.close();
    }
}

package org.storageharness.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.storageharness.engine.FaultHandle;

/**
 * The user's node-fault command (a Proxmox, IPMI or libvirt power-off script), run on this machine with the node in
 * {@code $NODE}; closing runs the undo command, always, once. Output goes into the step's evidence.
 */
final class CommandFault implements FaultHandle {

    private static final Duration BOUND = Duration.ofMinutes(2);

    private final String node;
    private final String undo;
    private final Path dir;
    private boolean undone;

    private CommandFault(String node, String undo, Path dir) {
        this.node = node;
        this.undo = undo;
        this.dir = dir;
    }

    /** Runs {@code command}; if it fails, the undo runs at once and the failure is thrown. */
    static CommandFault inject(String command, String undo, String node, Path dir) {
        CommandFault fault = new CommandFault(node, undo, dir);
        try {
            run(command, node, dir.resolve("fault-command.txt"));
        } catch (RuntimeException e) {
            fault.close();
            throw e;
        }
        return fault;
    }

    @Override
    public String description() {
        return "ran the node-fault command on node " + node;
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public synchronized void close() {
        if (!undone) {
            undone = true;
            run(undo, node, dir.resolve("undo-command.txt"));
        }
    }

    private static void run(String command, String node, Path output) {
        try {
            Files.createDirectories(output.getParent());
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            pb.environment().put("NODE", node);
            Process p = pb.start();
            if (!p.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the fault command [" + command + "] did not finish within "
                        + BOUND.toMinutes() + " min; its output is in " + output);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the fault command [" + command + "] for node [" + node
                        + "] exited with " + p.exitValue() + ": " + Files.readString(output, StandardCharsets.UTF_8)
                        .strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the fault command [" + command + "]", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running [" + command + "]", e);
        }
    }
}

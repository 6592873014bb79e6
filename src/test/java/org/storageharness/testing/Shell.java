package org.storageharness.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a system command for test setup (mount, losetup, mkfs) and fails loudly when it does not work. */
public final class Shell {

    private Shell() {
    }

    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("test setup command failed: " + List.of(command) + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + List.of(command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Like {@link #run} but never throws: for cleanup. */
    public static void quietly(String... command) {
        try {
            run(command);
        } catch (IllegalStateException e) {
            System.err.println("cleanup: " + e.getMessage());
        }
    }
}

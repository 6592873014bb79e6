package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandFaultTest {

    @TempDir
    Path dir;

    @Test
    void runsTheCommandWithTheNodeAndTheUndoExactlyOnce() throws Exception {
        Path state = dir.resolve("state");
        CommandFault fault = CommandFault.inject("echo off $NODE >> " + state, "echo on $NODE >> " + state, "pve-2",
                dir.resolve("step"));

        assertThat(Files.readString(state)).isEqualTo("off pve-2\n");
        fault.close();
        fault.close();
        assertThat(Files.readString(state)).isEqualTo("off pve-2\non pve-2\n");
        assertThat(dir.resolve("step/fault-command.txt")).exists();
    }

    @Test
    void aFailingCommandIsUndoneAtOnceAndReported() throws Exception {
        Path state = dir.resolve("state");

        assertThatThrownBy(() -> CommandFault.inject("echo half-off; exit 3", "echo undone >> " + state, "n1",
                dir.resolve("step"))).hasMessageContaining("exited with 3").hasMessageContaining("half-off");
        assertThat(Files.readString(state)).isEqualTo("undone\n");
    }
}

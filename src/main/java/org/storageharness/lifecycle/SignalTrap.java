package org.storageharness.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a stop of the run instead of the JVM's immediate exit, so the running fio is
 * stopped, no further case starts, and the run still writes what it measured. A second signal exits as the JVM
 * would have (shutdown hooks clean up). {@link #close()} puts the JVM's handlers back.
 *
 * <p>Signal handlers belong to the process, so this registration is the one piece of global state a run holds; the
 * state it sets lives in the run's {@link Interruption}. {@code sun.misc.Signal} is in module {@code jdk.unsupported},
 * which JDK 17 exports to class-path code. A signal this process ignores (a job started in the background of a
 * non-interactive shell ignores SIGINT) stays ignored: the JVM does not install a handler for it.
 */
public final class SignalTrap implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final Interruption interruption;
    private final Consumer<String> log;
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private SignalTrap(Interruption interruption, Consumer<String> log) {
        this.interruption = interruption;
        this.log = log;
    }

    /**
     * Installs the handlers.
     *
     * @param log told when a signal stops the run, and when a handler cannot be installed
     */
    public static SignalTrap install(Interruption interruption, Consumer<String> log) {
        SignalTrap trap = new SignalTrap(interruption, log);
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                trap.previous.put(signal, Signal.handle(signal, trap::handle));
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal for itself (-Xrs): it then ends the JVM, and the shutdown hooks clean up.
                log.accept("SIG" + name + " cannot be trapped (" + e.getMessage() + "): it ends the run at once");
            }
        }
        return trap;
    }

    private void handle(Signal signal) {
        String name = "SIG" + signal.getName();
        if (interruption.stop(name)) {
            log.accept(name + ": stopping the run — the running fio is stopped, no further case starts, and what was"
                    + " measured is written (" + name + " again exits at once)");
        } else {
            Runtime.getRuntime().exit(128 + signal.getNumber());
        }
    }

    /** Puts back the handlers that were there before. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
        previous.clear();
    }
}

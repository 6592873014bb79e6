package org.storageharness.run;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The harness's console: every line it prints starts with {@value #PREFIX}, so the harness's lines stand out among
 * Maven's and fio's. Created once where a run is composed and handed down as the {@code Consumer<String> log} that
 * targets, sessions and reports take; nothing else writes the prefix.
 */
public final class Console implements Consumer<String> {

    public static final String PREFIX = "[storage-harness] ";

    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param out receives the harness's lines, never null
     * @param err receives what stopped the run, never null
     */
    public Console(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * The JVM's standard streams as they are now. They are used as they are, not re-encoded: under Surefire and
     * Failsafe they are the plugins' capture streams, which decode bytes with the JVM's default charset (UTF-8 where
     * {@code file.encoding} is UTF-8, as on a UTF-8 locale).
     */
    public static Console system() {
        return new Console(System.out, System.err);
    }

    /** Prints {@code line} (it may hold line breaks: a table after its heading) behind the prefix. */
    @Override
    public void accept(String line) {
        out.println(PREFIX + line);
    }

    /** Prints {@code line} behind the prefix on the error stream: what stopped the run. */
    public void error(String line) {
        err.println(PREFIX + line);
    }

    /** Prints {@code text} as it is: a document meant to be copied (a Markdown table), not a harness line. */
    public void plain(String text) {
        out.println(text);
    }
}

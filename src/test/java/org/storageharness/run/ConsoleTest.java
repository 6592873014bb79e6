package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void prefixesEveryLineItPrintsOnceAndKeepsTablesUnderTheirHeading() {
        console.accept("target local: engines are directories or devices on this host");
        console.accept("summary: target/summary.md\n| engine | IOPS |");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "[storage-harness] target local: engines are directories or devices on this host",
                "[storage-harness] summary: target/summary.md\n| engine | IOPS |", ""));
        assertThat(err.size()).isZero();
    }

    @Test
    void printsErrorsOnTheErrorStreamAndDocumentsAsTheyAre() {
        console.error("Configuration error: the command line has 1 problem");
        console.plain("| Metric | host |");

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("[storage-harness] Configuration error: the command line has 1 problem"
                        + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("| Metric | host |" + System.lineSeparator());
    }
}

package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.check.CheckOutcome;
import org.storageharness.run.CheckVerdict;
import org.storageharness.suite.CheckKind;

class ChecksTableTest {

    @Test
    void showsEveryEngineAndCheckWithVerdictCategoryAndMetrics() {
        CheckMatrixTable table = new CheckMatrixTable(List.of(
                new CheckVerdict("longhorn", CheckKind.SNAPSHOT, new CheckOutcome.Done(Map.of("snapshot.ready_s", 1.25),
                        List.of(), List.of()), null),
                new CheckVerdict("longhorn", CheckKind.FAILOVER, new CheckOutcome.Done(Map.of("failover.stall_s", 45.0),
                        List.of("Threshold violated: longhorn · failover longest I/O stall ..."), List.of()), null),
                new CheckVerdict("local", CheckKind.SNAPSHOT, new CheckOutcome.Skipped("no snapshots"), null),
                new CheckVerdict("local", CheckKind.FAILOVER, null, new IllegalStateException("boom"))));

        assertThat(table.markdown()).contains("| engine | snapshot | failover |")
                .contains("| longhorn | ✓ (snapshot.ready_s 1.25) | ✗ Threshold violated (failover.stall_s 45.00) |")
                .contains("| local | skipped | broken |");
        assertThat(table.html()).contains("<th>failover</th>", "✗ Threshold violated");
    }

    @Test
    void anEngineWithoutAVerdictForACheckShowsADash() {
        CheckMatrixTable table = new CheckMatrixTable(List.of(
                new CheckVerdict("a", CheckKind.SNAPSHOT, new CheckOutcome.Skipped("x"), null),
                new CheckVerdict("b", CheckKind.PERSISTENCE, new CheckOutcome.Skipped("y"), null)));

        assertThat(table.markdown()).contains("| a | skipped | — |", "| b | — | skipped |");
    }
}

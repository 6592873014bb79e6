package org.storageharness.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckKindTest {

    @Test
    void idsAreTheLowercaseNamesOfSuitesAndResultsInRunOrder() {
        assertThat(CheckKind.ids()).containsExactly("snapshot", "persistence", "failover", "clone", "expansion");
        assertThat(CheckKind.FAILOVER.id()).isEqualTo("failover");
    }

    @Test
    void parsesAnIdAndRejectsAnythingElse() {
        assertThat(CheckKind.parse(" persistence ")).contains(CheckKind.PERSISTENCE);
        assertThat(CheckKind.parse("SNAPSHOT")).isEmpty();
        assertThat(CheckKind.parse("chaos-monkey")).isEmpty();
    }
}

package org.storageharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steady-state verdict on series of total IOPS per window. */
class SteadyStateTest {

    @Test
    void comparesTheLastThirdWithTheMiddleThirdAndIgnoresTheRampUp() {
        SteadyState s = SteadyState.of(List.of(10L, 10L, 1000L, 1000L, 950L, 950L), 0.10).orElseThrow();

        assertThat(s.middleIops()).isEqualTo(1000);
        assertThat(s.lastIops()).isEqualTo(950);
        assertThat(s.change()).isEqualTo(-0.05);
        assertThat(s.steady()).isTrue();
    }

    @Test
    void aDropBeyondTheToleranceIsNotSteady() {
        SteadyState s = SteadyState.of(List.of(1000L, 1000L, 1000L, 1000L, 800L, 800L), 0.10).orElseThrow();

        assertThat(s.steady()).isFalse();
        assertThat(s.describe())
                .isEqualTo("middle third 1,000 IOPS, last third 800.0 IOPS (−20.0 %), tolerance 10 %");
        assertThat(s.failure("host · w")).startsWith("Threshold violated: host · w expected steady IOPS")
                .contains("[middle third 1,000 IOPS, last third 800.0 IOPS (−20.0 %), tolerance 10 %]")
                .contains("[steadyTolerance]");
    }

    @Test
    void aRiseBeyondTheToleranceIsNotSteadyEither() {
        assertThat(SteadyState.of(List.of(0L, 0L, 0L, 0L, 50L, 50L), 0.10).orElseThrow().steady()).isFalse();
        assertThat(SteadyState.of(List.of(5L, 5L, 5L, 5L, 7L, 7L), 0.5).orElseThrow().steady()).isTrue();
    }

    @Test
    void fewerThanThreeWindowsAreNotJudged() {
        assertThat(SteadyState.of(List.of(1L, 2L), 0.1)).isEmpty();
    }

    @Test
    void ofSeveralRepetitionsTheOneThatChangedMostCounts() {
        SteadyState small = new SteadyState(100, 95, 0.1);
        SteadyState large = new SteadyState(100, 130, 0.1);

        assertThat(SteadyState.worst(List.of(small, large, small))).contains(large);
        assertThat(SteadyState.worst(List.of())).isEmpty();
    }
}

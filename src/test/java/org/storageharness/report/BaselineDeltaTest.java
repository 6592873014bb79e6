package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Experiment 3's "% against the raw device", in a form whose sign cannot be misread. */
class BaselineDeltaTest {

    @Test
    void theSignFollowsTheNumberAndTheWordSaysBetterOrWorse() {
        assertThat(new BaselineDelta(3.92, 1.30, false).text()).isEqualTo("+202 % worse");
        assertThat(new BaselineDelta(1.25, 1.30, false).text()).isEqualTo("-4 % better");
        assertThat(new BaselineDelta(60_000, 100_000, true).text()).isEqualTo("-40 % worse");
        assertThat(new BaselineDelta(105_000, 100_000, true).text()).isEqualTo("+5 % better");
    }

    @Test
    void moreThanTenPercentBetterThanTheRawDeviceIsFlaggedAsACache() {
        assertThat(new BaselineDelta(250_000, 100_000, true).text()).isEqualTo("+150 % better ⚠");
        assertThat(new BaselineDelta(0.2, 1.0, false).text()).isEqualTo("-80 % better ⚠");
        assertThat(new BaselineDelta(3.0, 1.0, false).suspicious()).isFalse();
    }

    @Test
    void aDifferenceThatRoundsToZeroIsNeitherBetterNorWorse() {
        BaselineDelta same = new BaselineDelta(100.2, 100, true);

        assertThat(same.text()).isEqualTo("±0 %");
        assertThat(same.better()).isFalse();
        assertThat(same.html()).isEqualTo("<span class=\"delta\">±0 %</span>");
    }

    @Test
    void htmlColoursByVerdictAndPointsTheArrowTheWayTheNumberWent() {
        assertThat(new BaselineDelta(3.92, 1.30, false).html())
                .isEqualTo("<span class=\"delta worse\">↑ +202 % worse</span>");
        assertThat(new BaselineDelta(1.25, 1.30, false).html())
                .isEqualTo("<span class=\"delta better\">↓ -4 % better</span>");
        assertThat(new BaselineDelta(60_000, 100_000, true).html())
                .isEqualTo("<span class=\"delta worse\">↓ -40 % worse</span>");
        assertThat(new BaselineDelta(130_000, 100_000, true).html())
                .isEqualTo("<span class=\"delta better\">↑ +30 % better ⚠</span>");
    }
}

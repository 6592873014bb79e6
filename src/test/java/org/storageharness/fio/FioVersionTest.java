package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FioVersionTest {

    @Test
    void readsTheVersionFioPrints() {
        assertThat(FioVersion.parse("fio-3.36\n")).hasValueSatisfying(v -> {
            assertThat(v.text()).isEqualTo("fio-3.36");
            assertThat(v.major()).isEqualTo(3);
            assertThat(v.readable()).isTrue();
        });
        assertThat(FioVersion.parse("fio-3.41-12-gabcdef")).hasValueSatisfying(v ->
                assertThat(v.text()).isEqualTo("fio-3.41-12-gabcdef"));
    }

    @Test
    void fioOlderThanThreeIsNotReadable() {
        assertThat(FioVersion.parse("fio-2.21")).hasValueSatisfying(v -> assertThat(v.readable()).isFalse());
    }

    @Test
    void findsNoVersionInAnErrorMessage() {
        assertThat(FioVersion.parse("/bin/sh: fio: not found")).isEmpty();
        assertThat(FioVersion.parse("fio: unrecognized option '--bogus'")).isEmpty();
        assertThat(FioVersion.parse(null)).isEmpty();
    }
}

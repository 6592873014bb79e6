package org.storageharness.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.CheckKind;

/** The local host runs no correctness checks, and says which targets do. */
class LocalChecksTest {

    @Test
    void checksOnTheLocalHostAreSkippedWithTheTargetsThatRunThem() {
        try (FioRunner fio = new FioRunner("fio"); LocalPlatform local = new LocalPlatform(fio, "run1")) {
            assertThat(local.checksUnsupported()).hasValueSatisfying(r -> assertThat(r)
                    .contains("need a Kubernetes target", "[local]", "-Dtarget=kubeconfig", "-Dtarget=k3s"));
            assertThatThrownBy(() -> local.lab(null, CheckKind.SNAPSHOT))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("need a Kubernetes target");
        }
    }
}

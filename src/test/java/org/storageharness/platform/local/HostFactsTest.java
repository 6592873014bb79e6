package org.storageharness.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The host facts name kernel and Java as the JVM's own properties do, without reading them. */
class HostFactsTest {

    @Test
    void namesTheKernelAndJavaAsTheJvmDoes() {
        var facts = HostFacts.read("fio-3.33");

        assertThat(facts.get("kernel")).isEqualTo(System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        assertThat(facts.get("java")).isEqualTo(System.getProperty("java.version"));
        assertThat(facts.get("fio")).isEqualTo("fio-3.33");
        assertThat(facts.get("host")).isNotBlank().isNotEqualTo("unknown");
    }
}

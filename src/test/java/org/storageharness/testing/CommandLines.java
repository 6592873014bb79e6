package org.storageharness.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.storageharness.platform.k3s.DockerEnvironment;
import org.storageharness.settings.RunSettings;

/** Run settings as the harness reads them from {@code -Dkey=value} options, for tests that need one part of them. */
public final class CommandLines {

    private CommandLines() {
    }

    /** The settings of {@code options} (keys without {@code -D}) in an empty environment. */
    public static RunSettings settings(Map<String, String> options) {
        return RunSettings.from(properties(options), Map.of());
    }

    /** {@link #settings(Map)} of {@code key, value, key, value, ...}. */
    public static RunSettings settings(String... keysAndValues) {
        Properties props = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return RunSettings.from(props, Map.of());
    }

    public static Properties properties(Map<String, String> options) {
        Properties props = new Properties();
        props.putAll(options);
        return props;
    }

    /** Where this machine's Docker clients look for an engine: its environment and home folder. */
    public static DockerEnvironment thisMachinesDocker() {
        return new DockerEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}

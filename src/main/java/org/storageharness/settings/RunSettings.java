package org.storageharness.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.storageharness.check.FaultPermission;
import org.storageharness.platform.select.PlatformSettings;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.load.Overrides;

/**
 * Everything a run is told from outside: the {@code -D} options ({@link Option} lists them with their defaults) and
 * the environment, parsed once where the run is composed and handed down in parts. Nothing below reads system
 * properties or environment variables.
 *
 * @param suite the suite to run, {@code suites/<suite>.yaml} ({@code -Dsuite}; default {@code smoke})
 * @param fioPath the fio binary for local runs ({@code -Dfio.path}; default {@code fio} on the PATH)
 * @param paths where the run reads and writes
 * @param overrides what the command line changes in the suite ({@code -Dtarget}, {@code -Dengines}, ...)
 * @param baseline the baseline compared with or recorded
 * @param gate the engine-upgrade gate
 * @param platform the Kubernetes and K3s options, and where Docker may be
 * @param faults the permission for destructive faults (also in {@code platform}: a cluster is checked for the rights
 *        of its fault mode before the run starts)
 * @param allowEmpty whether a run in which no case and no check ran passes ({@code -Dallow.empty}; default false)
 * @param plan true to print what the run would do instead of running it ({@code -Dplan=true})
 */
public record RunSettings(String suite, String fioPath, RunPaths paths, Overrides overrides, BaselineSettings baseline,
                          GateSettings gate, PlatformSettings platform, FaultPermission faults, boolean allowEmpty,
                          boolean plan) {

    public RunSettings {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(fioPath, "fioPath");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(faults, "faults");
    }

    /**
     * Parses the options in {@code properties} (the JVM's system properties, or a test's) and the process
     * {@code environment}.
     *
     * @throws ConfigurationException naming every option whose value is not allowed, with the value and what is
     */
    public static RunSettings from(Properties properties, Map<String, String> environment) {
        CommandLine line = new CommandLine(properties);
        RunPaths paths = RunPaths.read(line);
        String home = properties.getProperty("user.home");
        FaultPermission faults = FaultOptions.read(line);
        GateSettings gate = GateSettings.read(line, paths.basedir());
        RunSettings settings = new RunSettings(line.text(Option.SUITE, "smoke"), line.text(Option.FIO_PATH, "fio"),
                paths, OverrideOptions.read(line), BaselineSettings.read(line, paths.basedir()), gate,
                PlatformOptions.read(line, environment, home == null ? null : Path.of(home), faults, gate.upgrade()),
                faults,
                line.flag(Option.ALLOW_EMPTY, false), line.flag(Option.PLAN, false));
        line.failOnProblems();
        return settings;
    }
}

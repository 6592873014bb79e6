package org.storageharness.settings;

import java.nio.file.Path;

/**
 * The run's baseline: compared with ({@code -Dbaseline=FILE}) or recorded into ({@code -Dbaseline.update=true}).
 *
 * @param file the baseline file, resolved against the project folder; null for no baseline
 * @param update true when this run records the baseline instead of being compared with it (needs {@code file})
 */
public record BaselineSettings(Path file, boolean update) {

    static BaselineSettings read(CommandLine line, Path basedir) {
        String file = line.text(Option.BASELINE);
        boolean update = line.flag(Option.BASELINE_UPDATE, false);
        if (update && file == null) {
            line.problem(Option.BASELINE_UPDATE, "[true] needs -Dbaseline=FILE: the file to write");
            update = false;
        }
        return new BaselineSettings(file == null ? null : basedir.resolve(file), update);
    }
}

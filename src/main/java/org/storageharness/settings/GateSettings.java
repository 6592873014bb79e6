package org.storageharness.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * The engine-upgrade gate: on with {@code -Dgate=upgrade}, its golden-data record in {@code -Dgate.state=FILE}.
 *
 * @param upgrade true when the run includes the upgrade gate's cases
 * @param state the record file, resolved against the project folder; null for the default
 * @param defaultDir where the default record {@code <suite>.json} lives: {@code <basedir>/.upgrade-gate}
 */
public record GateSettings(boolean upgrade, Path state, Path defaultDir) {

    static GateSettings read(CommandLine line, Path basedir) {
        boolean upgrade = "upgrade".equals(line.choice(Option.GATE, List.of("upgrade"), null));
        String state = line.text(Option.GATE_STATE);
        return new GateSettings(upgrade, state == null ? null : basedir.resolve(state),
                basedir.resolve(".upgrade-gate"));
    }

    /** The record file of {@code suite}'s upgrade gate. */
    public Path stateFile(String suite) {
        return state != null ? state : defaultDir.resolve(suite + ".json");
    }
}

package org.storageharness.suite;

import java.nio.file.Path;

/**
 * One thing wrong with a suite or catalog file, located by file, line and key path.
 *
 * @param file the file holding the problem, never null
 * @param line 1-based line, 0 when unknown
 * @param key dotted key path such as {@code engines[0].kind}, empty for the whole file
 * @param message what is wrong and what is allowed instead
 */
public record Problem(Path file, int line, String key, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return key.isEmpty() ? where + ": " + message : where + " " + key + ": " + message;
    }
}

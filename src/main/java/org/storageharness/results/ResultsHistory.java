package org.storageharness.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storageharness.suite.ConfigurationException;

/**
 * The results records of earlier runs, kept in one folder ({@code .results-history/} beside the project, like
 * {@code .allure-history/}) so a nightly job that keeps the project folder gets trends. The newest {@link #KEEP} stay.
 */
public final class ResultsHistory {

    public static final int KEEP = 60;

    private final Path dir;
    private final Consumer<String> log;

    public ResultsHistory(Path dir, Consumer<String> log) {
        this.dir = dir;
        this.log = log;
    }

    /** Adds {@code record} and drops the oldest beyond {@link #KEEP}. */
    public void add(RunRecord record) {
        ResultsFile.write(record, dir.resolve(record.runId() + ".json"));
        List<Path> files = files();
        for (int i = 0; i < files.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(files.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prune the results history [" + files.get(i) + "]", e);
            }
        }
    }

    /** Runs of {@code suite} on {@code target}, oldest first; unreadable files are skipped with a warning. */
    public List<RunRecord> runs(String suite, String target) {
        List<RunRecord> runs = new ArrayList<>();
        for (Path f : files()) {
            try {
                RunRecord r = ResultsFile.read(f);
                if (r.suite().equals(suite) && r.target().equals(target)) {
                    runs.add(r);
                }
            } catch (ConfigurationException e) {
                log.accept("WARNING: skipping " + f + " in the results history: " + e.getMessage());
            }
        }
        return runs;
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the results history [" + dir + "]", e);
        }
    }
}

package org.storageharness.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.ConfigurationException;

/** Reads, writes and updates baseline files. */
public final class BaselineFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFiles() {
    }

    /** @throws ConfigurationException naming {@code -Dbaseline} when the file is missing or not a baseline */
    public static BaselineFile read(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigurationException("-Dbaseline: [" + file + "] does not exist or is not readable; write one"
                    + " with -Dbaseline=" + file + " -Dbaseline.update=true");
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (!BaselineFile.SCHEMA.equals(tree.path("schema").asText(null))
                    || tree.path("schemaVersion").asInt(0) > BaselineFile.VERSION) {
                throw new ConfigurationException("-Dbaseline: [" + file + "] is not a baseline file of schema ["
                        + BaselineFile.SCHEMA + "] version ≤ " + BaselineFile.VERSION);
            }
            return JSON.treeToValue(tree, BaselineFile.class);
        } catch (IOException e) {
            throw new ConfigurationException("-Dbaseline: [" + file + "] is not readable JSON: " + e.getMessage());
        }
    }

    /** The file's entries with those of {@code run} replacing the same cases; the file is created if missing. */
    public static BaselineFile update(Path file, RunRecord run) {
        BaselineFile old = Files.exists(file) ? read(file) : null;
        List<BaselineFile.Entry> entries = new ArrayList<>(old != null ? old.entries() : List.of());
        for (BaselineFile.Entry fresh : entries(run)) {
            entries.removeIf(fresh::sameCase);
            entries.add(fresh);
        }
        List<BaselineFile.CheckEntry> checks = new ArrayList<>(old != null ? old.checks() : List.of());
        for (BaselineFile.CheckEntry fresh : checks(run)) {
            checks.removeIf(fresh::sameCheck);
            checks.add(fresh);
        }
        BaselineFile updated = new BaselineFile(BaselineFile.SCHEMA, BaselineFile.VERSION, entries, checks);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), updated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline [" + file + "]", e);
        }
        return updated;
    }

    /** Baseline entries of the cases of {@code run} that passed or failed (broken and skipped ones measured nothing). */
    static List<BaselineFile.Entry> entries(RunRecord run) {
        List<BaselineFile.Entry> entries = new ArrayList<>();
        for (RunRecord.CaseRecord c : run.cases()) {
            for (RunRecord.GroupRecord g : c.groups()) {
                entries.add(new BaselineFile.Entry(run.target(), c.engine(), c.workload(), g.group(), run.runId(),
                        run.finishedAt(), g.metrics()));
            }
        }
        return entries;
    }

    /** Baseline entries of the checks of {@code run} that passed or failed with metrics (others measured nothing). */
    static List<BaselineFile.CheckEntry> checks(RunRecord run) {
        return run.checks().stream().filter(c -> ("passed".equals(c.verdict()) || "failed".equals(c.verdict()))
                        && c.metrics() != null && !c.metrics().isEmpty())
                .map(c -> new BaselineFile.CheckEntry(run.target(), c.engine(), c.check(), run.runId(),
                        run.finishedAt(), c.metrics())).toList();
    }
}

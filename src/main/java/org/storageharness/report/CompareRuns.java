package org.storageharness.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.results.ResultsFile;
import org.storageharness.run.Console;
import org.storageharness.suite.ConfigurationException;
import java.util.Collections;

/**
 * The command that compares results files: {@code mvn -q compile exec:java -Dexec.args="host.json vm1.json vm2.json"}
 * (or {@code --out DIR} first; default {@code target/storage-harness/compare}). Exit status 2 on bad input.
 */
public final class CompareRuns {

    private CompareRuns() {
    }

    public static void main(String[] args) {
        Console console = Console.system();
        try {
            Path md = run(List.of(args), console);
            console.accept("comparison written: " + md + " (and compare.html, charts/)");
        } catch (ConfigurationException e) {
            console.error(e.getMessage());
            System.exit(2);
        }
    }

    /** The file names without .json; where two are the same, with their folder in front. */
    static List<String> labels(List<String> files) {
        List<String> stems = files.stream()
                .map(f -> Path.of(f).getFileName().toString().replaceFirst("\\.json$", "")).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path parent = Path.of(files.get(i)).toAbsolutePath().getParent();
            boolean clash = Collections.frequency(stems, stems.get(i)) > 1 && parent != null;
            labels.add(clash ? parent.getFileName() + "/" + stems.get(i) : stems.get(i));
        }
        return labels;
    }

    /**
     * @param console shows the comparison's Markdown as it is
     * @return the Markdown file written
     */
    static Path run(List<String> args, Console console) {
        Path out = Path.of("target/storage-harness/compare");
        List<String> files = new ArrayList<>(args);
        if (files.size() >= 2 && files.get(0).equals("--out")) {
            out = Path.of(files.get(1));
            files = files.subList(2, files.size());
        }
        if (files.size() < 2) {
            throw new ConfigurationException("compare needs two or more results files (target/storage-harness/"
                    + "results.json of each run), e.g. -Dexec.args=\"host.json vm1.json\"; got " + files);
        }
        List<String> labels = labels(files);
        Comparison comparison = new Comparison(labels, files.stream().map(f -> ResultsFile.read(Path.of(f)))
                .toList());
        Path md = comparison.write(out);
        console.plain(comparison.markdown());
        return md;
    }
}

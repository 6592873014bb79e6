package org.storageharness.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.load.Overrides;

/** Reads the command line's overrides of the suite: target, engines, workloads, runtime, fio options, repetitions. */
final class OverrideOptions {

    private OverrideOptions() {
    }

    static Overrides read(CommandLine line) {
        Map<String, String> fioOptions = fioOptions(line);
        line.addAll(Overrides.fioOptionProblems(fioOptions));
        return new Overrides(line.text(Option.TARGET), line.list(Option.ENGINES), line.list(Option.WORKLOADS),
                line.duration(Option.RUNTIME, null), fioOptions, line.count(Option.REPETITIONS, 0));
    }

    /** {@code key=value,key=value}; a pair without a key is a problem. */
    private static Map<String, String> fioOptions(CommandLine line) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> pairs = line.list(Option.FIO_OPTIONS);
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            if (kv[0].isBlank()) {
                line.problem(Option.FIO_OPTIONS, "[" + pair + "] is not key=value");
                continue;
            }
            options.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
        }
        return options;
    }
}

package org.storageharness.platform.kube.pods;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storageharness.platform.Platform.Evidence;

/**
 * A fio pod's log split as {@link FioPodContract} writes it.
 *
 * @param messages what fio printed besides its report (warnings, errors)
 * @param json the json+ report; empty when fio wrote none
 * @param exitCode fio's exit code; -1 when the log ends before the script did (container killed)
 * @param files fio's log files from the scratch volume, basename to content, sorted by name; empty when there were
 *     none. The last one may be cut short when the log ends before the script did.
 * @param fioVersion what {@code fio --version} printed in the pod ({@code fio-3.36}, or an error); empty when the log
 *     has no version line
 */
public record FioLog(String messages, String json, int exitCode, Map<String, String> files, String fioVersion) {

    private static final String FILE_MARK = "\n" + FioPodContract.FILE_PREFIX;

    public FioLog {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static FioLog parse(String log) {
        String text = log == null ? "" : log;
        String fioVersion = line(text, FioPodContract.VERSION_PREFIX).orElse("");
        return parse(without(without(text, FioPodContract.VERSION_PREFIX), FioPodContract.SIZE_PREFIX), fioVersion);
    }

    /**
     * The volume's size as the pod's script saw it ({@link FioPodContract#SIZE_PREFIX}): {@code filesystem <KiB>} or
     * {@code block <bytes>}; empty when the log has no such line.
     */
    public static Optional<String> volumeSize(String log) {
        return line(log == null ? "" : log, FioPodContract.SIZE_PREFIX);
    }

    /** The rest of the first line starting with {@code prefix}, stripped. */
    private static Optional<String> line(String text, String prefix) {
        int at = text.indexOf(prefix);
        if (at < 0) {
            return Optional.empty();
        }
        int eol = text.indexOf('\n', at);
        return Optional.of(text.substring(at + prefix.length(), eol < 0 ? text.length() : eol).strip());
    }

    private static String without(String text, String prefix) {
        int at = text.indexOf(prefix);
        if (at < 0) {
            return text;
        }
        int eol = text.indexOf('\n', at);
        return text.substring(0, at) + (eol < 0 ? "" : text.substring(eol + 1));
    }

    /** @param text the log without its version line */
    private static FioLog parse(String text, String fioVersion) {
        int begin = text.indexOf(FioPodContract.BEGIN);
        if (begin < 0) {
            return new FioLog(text.strip(), "", -1, Map.of(), fioVersion);
        }
        String messages = text.substring(0, begin).strip();
        int end = text.lastIndexOf(FioPodContract.END_PREFIX);
        boolean finished = end > begin;
        String report = text.substring(begin + FioPodContract.BEGIN.length(), finished ? end : text.length());
        int firstFile = report.indexOf(FILE_MARK);
        String json = (firstFile < 0 ? report : report.substring(0, firstFile)).strip();
        Map<String, String> files = firstFile < 0 ? Map.of() : files(report.substring(firstFile + 1), finished);
        return new FioLog(messages, json, finished ? exitCode(text.substring(end)) : -1, files, fioVersion);
    }

    /** Writes the report and fio's messages into {@code dir} as a run's evidence files. */
    public void writeEvidence(Path dir) {
        PodFiles.write(dir.resolve(Evidence.OUTPUT), json);
        PodFiles.write(dir.resolve(Evidence.MESSAGES), messages);
    }

    /**
     * Splits the file blocks. Each content is followed by the newline the script echoes before the next marker; that
     * newline is dropped so the content is the file's exact bytes.
     */
    private static Map<String, String> files(String blocks, boolean finished) {
        Map<String, String> files = new TreeMap<>();
        int at = 0;
        while (at >= 0 && at < blocks.length()) {
            int eol = blocks.indexOf('\n', at);
            String header = blocks.substring(at, eol < 0 ? blocks.length() : eol);
            String name = header.substring(FioPodContract.FILE_PREFIX.length());
            name = name.endsWith(FioPodContract.FILE_SUFFIX)
                    ? name.substring(0, name.length() - FioPodContract.FILE_SUFFIX.length()) : name;
            int next = eol < 0 ? -1 : blocks.indexOf(FILE_MARK, eol);
            int stop = next >= 0 ? next : blocks.length() - (finished && blocks.endsWith("\n") ? 1 : 0);
            files.put(name, eol < 0 ? "" : blocks.substring(eol + 1, Math.max(eol + 1, stop)));
            at = next < 0 ? -1 : next + 1;
        }
        return files;
    }

    private static int exitCode(String endLine) {
        String rest = endLine.substring(FioPodContract.END_PREFIX.length()).strip();
        int eol = rest.indexOf('\n');
        try {
            return Integer.parseInt((eol < 0 ? rest : rest.substring(0, eol)).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

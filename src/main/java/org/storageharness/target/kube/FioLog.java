package org.storageharness.target.kube;

/**
 * A fio pod's log split as {@link FioPodContract} writes it.
 *
 * @param messages what fio printed besides its report (warnings, errors)
 * @param json the json+ report; empty when fio wrote none
 * @param exitCode fio's exit code; -1 when the log ends before the script did (container killed)
 */
record FioLog(String messages, String json, int exitCode) {

    static FioLog parse(String log) {
        String text = log == null ? "" : log;
        int begin = text.indexOf(FioPodContract.BEGIN);
        if (begin < 0) {
            return new FioLog(text.strip(), "", -1);
        }
        String messages = text.substring(0, begin).strip();
        int end = text.lastIndexOf(FioPodContract.END_PREFIX);
        if (end < begin) {
            return new FioLog(messages, text.substring(begin + FioPodContract.BEGIN.length()).strip(), -1);
        }
        String json = text.substring(begin + FioPodContract.BEGIN.length(), end).strip();
        String rest = text.substring(end + FioPodContract.END_PREFIX.length()).strip();
        int eol = rest.indexOf('\n');
        String code = (eol < 0 ? rest : rest.substring(0, eol)).trim();
        try {
            return new FioLog(messages, json, Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return new FioLog(messages, json, -1);
        }
    }
}

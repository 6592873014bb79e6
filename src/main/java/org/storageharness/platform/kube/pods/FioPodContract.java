package org.storageharness.platform.kube.pods;

import org.storageharness.fio.JobText;

/**
 * The shape of every pod that runs fio, shared by the harness and any runtime that executes it (a kubelet, or the
 * simulated cluster in the tests).
 *
 * <p>The container runs {@code /bin/sh -c} {@link #SCRIPT}. The script refers to paths only through environment
 * variables whose values lie under a volume's mount path; a runtime that maps mounts elsewhere rewrites those values.
 * <ul>
 *   <li>{@link #JOB_MOUNT}: a ConfigMap volume holding the job file under key {@link #JOB_KEY};</li>
 *   <li>{@link #DATA_MOUNT}: the PVC (volume mode Filesystem); fio's data file is {@link #DATA_FILE} in it.
 *       With volume mode Block the PVC is a volumeDevice at {@link #DEVICE_PATH} and {@code TARGET} points there;</li>
 *   <li>{@link #SCRATCH_MOUNT}: an emptyDir where fio writes its json+ output.</li>
 * </ul>
 * The job file names its file as {@code ${TARGET}} (fio expands environment variables in job files). The log is a line
 * {@link #VERSION_PREFIX}{@code <what fio --version printed>} (a fio older than 3 ends the script there with exit
 * code {@link #OLD_FIO_EXIT}: the harness cannot read its output), once fio ended a line {@link #SIZE_PREFIX}
 * followed by {@code filesystem <KiB>} (the size {@code df -Pk} reports for the volume's mount) or
 * {@code block <bytes>} (what {@code blockdev --getsize64} reports for its device) — after fio, so that nothing delays
 * fio's start —, fio's messages, then {@link #BEGIN} on a line, the
 * json+ output, then for every file {@code $SCRATCH/*_lat.*.log},
 * {@code *_iops.*.log} and {@code *_bw.*.log} (the logs of jobs that write them under {@code ${SCRATCH}}; not the clat
 * and slat logs fio writes beside a lat log, which would only fill the kubelet's log limit) a line {@link #FILE_PREFIX}{@code <basename>}
 * {@link #FILE_SUFFIX}, the file's content and one newline, then a line {@link #END_PREFIX}{@code <fio exit code>}.
 * fio's logs travel in the pod log because the scratch volume is gone once the pod is. A benchmark case's logs
 * ({@code case_iops.*.log}, {@code case_lat.*.log}) are windowed, at most {@code CaseSeries.MAX_WINDOWS} rows per
 * direction each, so they add at most 2 × jobs × directions × 600 rows of about 32 bytes (1.2 MB for 16 jobs of
 * randrw) to the log; the failover canary's per-I/O log is bounded by its runtime (200 rows a second).
 */
public final class FioPodContract {

    public static final String CONTAINER = "fio";
    public static final String JOB_MOUNT = "/etc/storage-harness";
    public static final String JOB_KEY = "job.fio";
    public static final String DATA_MOUNT = "/data";
    public static final String DATA_FILE = DATA_MOUNT + "/storage-harness.fio";
    public static final String DEVICE_PATH = "/dev/storage-harness";
    public static final String SCRATCH_MOUNT = "/scratch";

    public static final String ENV_JOB = "JOB_FILE";
    public static final String ENV_TARGET = JobText.TARGET_VARIABLE;
    public static final String ENV_TARGET_DIR = "TARGET_DIR";
    public static final String ENV_SCRATCH = JobText.SCRATCH_VARIABLE;
    public static final String ENV_RUNTIME = "RUNTIME";

    public static final String VERSION_PREFIX = "=== storage-harness fio version: ";
    public static final int OLD_FIO_EXIT = 92;
    public static final String BEGIN = "=== storage-harness fio json+ begin ===";
    public static final String END_PREFIX = "=== storage-harness fio exit ";
    public static final String SIZE_PREFIX = "=== storage-harness volume size: ";
    public static final String FILE_PREFIX = "=== storage-harness file ";
    public static final String FILE_SUFFIX = " ===";

    public static final String SCRIPT = String.join("\n",
            "v=$(fio --version 2>&1)",
            "echo \"" + VERSION_PREFIX + "$v\"",
            "case \"$v\" in fio-[0-2].*) echo \"storage-harness: $v is older than fio 3, whose output the harness"
                    + " reads\"; exit " + OLD_FIO_EXIT + " ;; esac",
            "cd \"$TARGET_DIR\" || exit 90",
            "fio --output-format=json+ --output=\"$SCRATCH/fio.json\" --eta=never \"$JOB_FILE\" 2>\"$SCRATCH/fio.err\"",
            "rc=$?",
            "case \"$TARGET\" in",
            "  \"$TARGET_DIR\"/*) s=\"filesystem $(df -Pk \"$TARGET_DIR\" 2>/dev/null | awk 'NR==2 {print $2}')\" ;;",
            "  *) s=\"block $(blockdev --getsize64 \"$TARGET\" 2>/dev/null)\" ;;",
            "esac",
            "echo \"" + SIZE_PREFIX + "$s\"",
            "cat \"$SCRATCH/fio.err\"",
            "echo '" + BEGIN + "'",
            "cat \"$SCRATCH/fio.json\" 2>/dev/null",
            "echo",
            "for f in \"$SCRATCH\"/*_lat.*.log \"$SCRATCH\"/*_iops.*.log \"$SCRATCH\"/*_bw.*.log; do",
            "  [ -f \"$f\" ] || continue",
            "  echo \"" + FILE_PREFIX + "${f##*/}" + FILE_SUFFIX + "\"",
            "  cat \"$f\"",
            "  echo",
            "done",
            "echo \"" + END_PREFIX + "$rc\"",
            "exit $rc");

    private FioPodContract() {
    }
}

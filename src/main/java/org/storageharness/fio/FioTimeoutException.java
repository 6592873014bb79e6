package org.storageharness.fio;

import java.time.Duration;

/** fio did not finish within its deadline; its process tree was killed. */
public class FioTimeoutException extends RuntimeException {

    public FioTimeoutException(String jobFile, Duration timeout) {
        super("fio did not finish [" + jobFile + "] within " + timeout.toSeconds() + " s; its processes were killed."
                + " Raise the workload's runtime budget or look for a hung device");
    }
}

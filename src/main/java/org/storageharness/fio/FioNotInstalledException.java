package org.storageharness.fio;

/** The fio executable could not be started. The message says how to install it. */
public class FioNotInstalledException extends RuntimeException {

    public FioNotInstalledException(String executable, Throwable cause) {
        super("Configuration error: fio is not installed or not on PATH [" + executable + "]; install it with"
                + " 'sudo apt-get install fio' (Debian/Ubuntu), 'sudo dnf install fio' (Fedora/RHEL) or"
                + " 'brew install fio' (macOS), or point -Dfio.path=/path/to/fio at it", cause);
    }
}

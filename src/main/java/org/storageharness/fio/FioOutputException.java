package org.storageharness.fio;

/** fio's output could not be read as a report (no JSON, truncated JSON, unexpected shape). */
public class FioOutputException extends RuntimeException {

    public FioOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.storageharness.junit;

/**
 * Fails the test plan once, at its end, when the run did not start, was interrupted or ran nothing; the harness has
 * already printed why, so the message only points there. An {@link AssertionError}, not an exception: JUnit wraps an
 * exception thrown while closing the root store in "Failed to close extension context", which is all Failsafe's summary
 * would show, and passes errors through. No stack trace, and printed as its message alone.
 */
final class RunFailed extends AssertionError {

    RunFailed(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}

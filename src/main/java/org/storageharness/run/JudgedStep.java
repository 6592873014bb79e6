package org.storageharness.run;

import java.util.function.Function;

/**
 * A step whose work ends in a verdict: when {@code failure} finds one in the step's result, the step fails (red, with
 * the message) and the run still goes on, so that one report shows every broken promise of a case.
 */
final class JudgedStep {

    private JudgedStep() {
    }

    /**
     * Runs {@code body} as step {@code name} and returns its result; the step fails when {@code failure} returns a
     * message for that result, and is passed when it returns null.
     */
    static <T> T run(EvidenceSink evidence, String name, EvidenceSink.Step<T> body, Function<T, String> failure)
            throws InterruptedException {
        try {
            return evidence.step(name, () -> {
                T result = body.run();
                String message = failure.apply(result);
                if (message != null) {
                    throw new Failed(message, result);
                }
                return result;
            });
        } catch (Failed f) {
            @SuppressWarnings("unchecked")
            T result = (T) f.result;
            return result;
        }
    }

    /** Carries the verdict out of the step as the broken promise it is, with the result the caller still needs. */
    private static final class Failed extends AssertionError {
        private final transient Object result;

        Failed(String message, Object result) {
            super(message);
            this.result = result;
        }

        /** The message is the evidence; where in the harness it was found is not. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}

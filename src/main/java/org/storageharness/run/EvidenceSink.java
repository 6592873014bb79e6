package org.storageharness.run;

import java.nio.file.Path;
import org.storageharness.fio.CaseSeries;

/** Receives a case's evidence (job file, raw fio output, metrics table) and its steps, for the report. */
public interface EvidenceSink {

    /** Attaches the content of {@code file} if it exists; {@code type} is a MIME type. */
    void attachFile(String name, String type, Path file);

    void attachText(String name, String type, String content);

    /** Records a case parameter (engine, workload, target, ...) shown beside the result. */
    void parameter(String name, String value);

    /**
     * Runs {@code body} as a timed step named {@code name}: what it attaches belongs to the step, and how it ends is
     * the step's status: an {@link AssertionError} (a broken promise) fails it, any other exception breaks it, both
     * with the message. Returns what the body returns and rethrows what it throws. Steps nest. This default, for sinks
     * without a report, only runs the body.
     */
    default <T> T step(String name, Step<T> body) throws InterruptedException {
        return body.run();
    }

    /**
     * Shows a case's per-second series (the report draws it); this default attaches its CSV only.
     *
     * @param title what the series is of, for the charts' titles ({@code host · randrw-4k-qd16x8})
     */
    default void series(String title, CaseSeries series) {
        attachText(title + " · per second (CSV)", "text/csv", series.csv());
    }

    /** The work of one step. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws InterruptedException;
    }

    /** Does nothing: for runs without a report. */
    EvidenceSink NONE = new EvidenceSink() {
        @Override
        public void attachFile(String name, String type, Path file) {
        }

        @Override
        public void attachText(String name, String type, String content) {
        }

        @Override
        public void parameter(String name, String value) {
        }
    };
}

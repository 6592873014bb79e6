package org.storageharness.run;

import java.nio.file.Path;

/** Receives a case's evidence (job file, raw fio output, metrics table) for the report. */
public interface EvidenceSink {

    /** Attaches the content of {@code file} if it exists; {@code type} is a MIME type. */
    void attachFile(String name, String type, Path file);

    void attachText(String name, String type, String content);

    /** Records a case parameter (engine, workload, target, ...) shown beside the result. */
    void parameter(String name, String value);

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

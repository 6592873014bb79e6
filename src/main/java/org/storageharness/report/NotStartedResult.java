package org.storageharness.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

/**
 * The Allure entry of a run that stopped before its first case (a configuration error, a target that is not there):
 * broken, with the message the console printed, so the report says why it is empty; the stack trace, which the
 * console leaves out, is kept here for whoever debugs the harness.
 */
public final class NotStartedResult {

    private NotStartedResult() {
    }

    /** @param suite the suite asked for, or null when the options could not be read */
    public static void write(String suite, Throwable error) {
        String name = "Run not started" + (suite == null ? "" : " · " + suite);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TestResult result = new TestResult().setUuid(UUID.randomUUID().toString()).setName(name)
                .setFullName("storage-harness." + name).setHistoryId("run-not-started-" + suite)
                .setStatus(Status.BROKEN)
                .setStatusDetails(new StatusDetails().setMessage(error.getMessage()).setTrace(trace.toString()))
                .setLabels(List.of(new Label().setName("feature").setValue("summary"),
                        new Label().setName("suite").setValue("Run summary")));
        AllureLifecycle lifecycle = Allure.getLifecycle();
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(result.getUuid());
        lifecycle.stopTestCase(result.getUuid());
        lifecycle.writeTestCase(result.getUuid());
    }
}

package org.storageharness.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import org.storageharness.fio.CaseSeries;
import org.storageharness.run.EvidenceSink;
import java.util.Set;

/**
 * Sends a case's evidence to the Allure result of the test that is running: attachments and parameters, its steps
 * (timed, each with its own attachments, red where a promise broke), and its series over time as charts.
 */
public final class AllureEvidence implements EvidenceSink {

    private final AllureLifecycle lifecycle;

    /** Evidence for the test Allure's own lifecycle runs (the JUnit listener's). */
    public AllureEvidence() {
        this(Allure.getLifecycle());
    }

    /** @param lifecycle the lifecycle whose current test (or step) receives the evidence */
    public AllureEvidence(AllureLifecycle lifecycle) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    @Override
    public void attachFile(String name, String type, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            lifecycle.addAttachment(name, type, extension(file), in);
        } catch (IOException e) {
            attachText(name + " (unreadable)", "text/plain", "cannot read [" + file + "]: " + e.getMessage());
        }
    }

    @Override
    public void attachText(String name, String type, String content) {
        lifecycle.addAttachment(name, type, type.equals("text/html") ? ".html" : type.equals("text/markdown") ? ".md"
                : type.equals("text/csv") ? ".csv" : ".txt", content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void parameter(String name, String value) {
        lifecycle.updateTestCase(result -> result.getParameters().add(ResultsUtils.createParameter(name, value)));
    }

    /** As {@code Allure.step} does it, on this sink's lifecycle: the status follows what the body threw. */
    @Override
    public <T> T step(String name, Step<T> body) throws InterruptedException {
        String uuid = UUID.randomUUID().toString();
        lifecycle.startStep(uuid, new StepResult().setName(name));
        try {
            T result = body.run();
            lifecycle.updateStep(uuid, step -> step.setStatus(Status.PASSED));
            return result;
        } catch (Throwable e) {
            lifecycle.updateStep(uuid, step -> step.setStatus(ResultsUtils.getStatus(e).orElse(Status.BROKEN))
                    .setStatusDetails(ResultsUtils.getStatusDetails(e).orElse(null)));
            throw e;
        } finally {
            lifecycle.stopStep(uuid);
        }
    }

    /** The CSV, and each chart as PNG (shown) and SVG. */
    @Override
    public void series(String title, CaseSeries series) {
        attachText(title + " · per second (CSV)", "text/csv", series.csv());
        for (TimeSeriesCharts.Chart chart : TimeSeriesCharts.of(title, series)) {
            lifecycle.addAttachment(chart.name(), "image/png", ".png", chart.png());
            lifecycle.addAttachment(chart.name() + " (SVG)", "image/svg+xml", ".svg", chart.svg());
        }
    }

    /** The file's own extension where the report knows how to show it, else {@code .txt}. */
    private static String extension(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Set.of("json", "fio", "csv", "svg", "png", "yaml", "html").contains(extension)
                ? "." + extension : ".txt";
    }
}

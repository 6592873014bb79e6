package org.storageharness.simcluster;

import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.internal.MockDispatcher;
import io.fabric8.mockwebserver.internal.SimpleRequest;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In front of the CRUD store: serves pod logs (the store would answer {@code /log} with a list of everything), pod
 * evictions and the metrics API, fills in creation defaults, applies field selectors and patch types the store does not
 * know, and counts the requests of clients other than the simulation's own controllers, which pass {@link AccessControl}
 * (its deny list, SelfSubjectAccessReviews) first.
 */
final class ApiDispatcher extends Dispatcher {

    private static final Pattern LOG_PATH = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/log(\\?(.*))?");

    private final MockWebServer web;
    private final Map<ServerRequest, Queue<ServerResponse>> expectations;
    private final Dispatcher expected;
    private final CrudStore crud = new CrudStore();
    private final PodLogs logs;
    private final MetricsApi metrics;
    private final AtomicInteger harnessRequests = new AtomicInteger();
    private final AccessControl access = new AccessControl();

    /** {@code expectations} hold the server's own answers (root paths, version), taken before the store. */
    ApiDispatcher(MockWebServer web, Map<ServerRequest, Queue<ServerResponse>> expectations, PodLogs logs,
            PodUsages usages) {
        this.web = web;
        this.expectations = expectations;
        this.expected = new MockDispatcher(expectations);
        this.logs = logs;
        this.metrics = new MetricsApi(new MetricsDocuments(crud, usages));
    }

    MetricsApi metrics() {
        return metrics;
    }

    int harnessRequests() {
        return harnessRequests.get();
    }

    AccessControl access() {
        return access;
    }

    @Override
    public MockResponse dispatch(RecordedRequest received) {
        forgetRecordedRequest();
        RecordedRequest request = CreationDefaults.apply(received);
        if (!ApiServer.SIM_AGENT.equals(request.getHeader("User-Agent"))) {
            harnessRequests.incrementAndGet();
            MockResponse screened = access.screen(request);
            if (screened != null) {
                return screened;
            }
        }
        Matcher log = LOG_PATH.matcher(request.getPath());
        if ("GET".equals(request.getMethod()) && log.matches()) {
            return logs.serve(log.group(1), log.group(2), log.group(4));
        }
        if (MetricsApi.applies(request)) {
            return metrics.serve(request);
        }
        Queue<ServerResponse> answers = expectations.get(new SimpleRequest(request.method(), request.getPath()));
        if (answers != null && !answers.isEmpty()) {
            return expected.dispatch(request);
        }
        if (Evictions.applies(request)) {
            return Evictions.dispatch(crud, request);
        }
        if (PatchTranslation.applies(request)) {
            return new PatchTranslation(crud).dispatch(request);
        }
        if (FieldSelectors.applies(request)) {
            return FieldSelectors.dispatch(crud, request);
        }
        return crud.dispatch(request);
    }

    /** The mock server queues every request for {@code takeRequest()}, which nobody calls here: drop it. */
    private void forgetRecordedRequest() {
        try {
            web.takeRequest(0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void shutdown() {
        expected.shutdown();
        crud.shutdown();
    }
}

package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * fabric8's CRUD store, with deletions that watches do not miss. The store's watches ignore {@code resourceVersion} and
 * on opening send only the objects that exist, so an object deleted between an informer's list and its watch stayed in
 * the informer's cache for good (a {@code waitUntilCondition} for its deletion timed out). Here each deletion gets a
 * resourceVersion of its own, and a watch from resourceVersion R is sent, once open, the deletions after R of the
 * objects it matches.
 */
final class CrudStore extends KubernetesCrudDispatcher {

    private static final int KEPT_DELETIONS = 10_000;
    private static final Pattern RESOURCE_VERSION = Pattern.compile("[?&]resourceVersion=(\\d+)");

    private record Deletion(long resourceVersion, AttributeSet attributes, String object) {
    }

    private final Deque<Deletion> deletions = new ArrayDeque<>();

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        String existing = oldAttributes == null ? null : map.get(oldAttributes);
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        if (newState == null && existing != null) {
            synchronized (deletions) {
                deletions.addLast(new Deletion(requestResourceVersion(), oldAttributes, existing));
                if (deletions.size() > KEPT_DELETIONS) {
                    deletions.removeFirst();
                }
            }
        }
    }

    @Override
    public MockResponse handleWatch(String path) {
        MockResponse response = super.handleWatch(path);
        Matcher since = RESOURCE_VERSION.matcher(path);
        if (!since.find() || response.getWebSocketListener() == null) {
            return response;
        }
        long resourceVersion = Long.parseLong(since.group(1));
        AttributeSet query = getKey(path);
        return response.withWebSocketUpgrade(new Replaying(response.getWebSocketListener(),
                () -> missedDeletions(resourceVersion, query)));
    }

    /** Deletions after {@code resourceVersion} matching {@code query}, unless an object of that name exists again. */
    private List<String> missedDeletions(long resourceVersion, AttributeSet query) {
        List<Deletion> missed;
        synchronized (deletions) {
            missed = deletions.stream().filter(d -> d.resourceVersion() > resourceVersion)
                    .filter(d -> d.attributes().matches(query)).toList();
        }
        return missed.stream().filter(d -> findResource(identity(d.attributes())) == null)
                .map(d -> Serialization.asJson(new WatchEvent(
                        Serialization.unmarshal(d.object(), GenericKubernetesResource.class), "DELETED")))
                .toList();
    }

    private static AttributeSet identity(AttributeSet attributes) {
        return new AttributeSet(Stream.of(KubernetesAttributesExtractor.API, KubernetesAttributesExtractor.PLURAL,
                        KubernetesAttributesExtractor.NAMESPACE, KubernetesAttributesExtractor.NAME)
                .map(attributes::getAttribute).filter(Objects::nonNull).toList());
    }

    /** The store's watch listener, plus the missed deletions sent when the watch opens. */
    private static final class Replaying extends WebSocketListener {

        private final WebSocketListener watch;
        private final Supplier<List<String>> missed;

        Replaying(WebSocketListener watch, Supplier<List<String>> missed) {
            this.watch = Objects.requireNonNull(watch);
            this.missed = missed;
        }

        @Override
        public void onBeforeAccept(WebSocket webSocket, Response response) {
            watch.onBeforeAccept(webSocket, response);
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            watch.onOpen(webSocket, response);
            missed.get().forEach(webSocket::send);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            watch.onMessage(webSocket, text);
        }

        @Override
        public void onMessage(WebSocket webSocket, byte[] bytes) {
            watch.onMessage(webSocket, bytes);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            watch.onClosing(webSocket, code, reason);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            watch.onClosed(webSocket, code, reason);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable error, Response response) {
            watch.onFailure(webSocket, error, response);
        }
    }
}

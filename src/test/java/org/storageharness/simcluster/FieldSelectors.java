package org.storageharness.simcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field selectors on list requests. The CRUD store matches only {@code metadata.name} and {@code metadata.namespace}
 * (a selector on any other field matches nothing), so other requirements, such as {@code involvedObject.name} on
 * events or {@code spec.nodeName} on pods, are taken out of the request and applied to the items of the answer.
 * Watches keep the store's behaviour.
 */
final class FieldSelectors {

    private static final String PARAM = "fieldSelector=";
    private static final Set<String> STORE_FIELDS = Set.of("metadata.name", "metadata.namespace");
    private static final Pattern REQUIREMENT = Pattern.compile("([^=!]+)(==|=|!=)(.*)");

    private record Requirement(String field, boolean equal, String value) {

        static Requirement parse(String text) {
            Matcher m = REQUIREMENT.matcher(text);
            return m.matches() ? new Requirement(m.group(1), !"!=".equals(m.group(2)), m.group(3)) : null;
        }

        boolean matches(JsonNode item) {
            JsonNode node = item;
            for (String part : field.split("\\.")) {
                node = node.path(part);
            }
            String actual = node.isValueNode() ? node.asText() : "";
            return equal == actual.equals(value);
        }
    }

    private FieldSelectors() {
    }

    static boolean applies(RecordedRequest request) {
        String path = request.getPath();
        return "GET".equals(request.getMethod()) && path.contains(PARAM) && !path.contains("watch=true")
                && !outsideStore(path).isEmpty();
    }

    static MockResponse dispatch(Dispatcher crud, RecordedRequest request) {
        String[] parts = request.getPath().split("\\?", 2);
        List<String> params = new ArrayList<>();
        for (String param : parts[1].split("&")) {
            if (!param.startsWith(PARAM)) {
                params.add(param);
                continue;
            }
            List<String> kept = requirements(param).stream().filter(r -> !isOutsideStore(r)).toList();
            if (!kept.isEmpty()) {
                params.add(PARAM + URLEncoder.encode(String.join(",", kept), StandardCharsets.UTF_8));
            }
        }
        String path = parts[0] + (params.isEmpty() ? "" : "?" + String.join("&", params));
        MockResponse response = crud.dispatch(new RecordedRequest(request.getHttpVersion(), request.method(), path,
                request.getHeaders(), request.getBody()));
        return filtered(response, outsideStore(request.getPath()));
    }

    private static MockResponse filtered(MockResponse response, List<Requirement> requirements) {
        if (response.code() != 200 || response.getBody() == null) {
            return response;
        }
        JsonNode list = Serialization.unmarshal(new String(response.getBody().getBytes(), StandardCharsets.UTF_8),
                JsonNode.class);
        if (!(list.get("items") instanceof ArrayNode items)) {
            return response;
        }
        for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
            JsonNode item = it.next();
            if (!requirements.stream().allMatch(r -> r.matches(item))) {
                it.remove();
            }
        }
        return response.setBody(Serialization.asJson(list));
    }

    private static List<Requirement> outsideStore(String path) {
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        List<Requirement> outside = new ArrayList<>();
        for (String param : query.split("&")) {
            if (param.startsWith(PARAM)) {
                requirements(param).stream().filter(FieldSelectors::isOutsideStore).map(Requirement::parse)
                        .forEach(outside::add);
            }
        }
        return outside;
    }

    private static List<String> requirements(String param) {
        String selector = URLDecoder.decode(param.substring(PARAM.length()), StandardCharsets.UTF_8);
        return List.of(selector.split(","));
    }

    private static boolean isOutsideStore(String requirement) {
        Requirement parsed = Requirement.parse(requirement);
        return parsed != null && !STORE_FIELDS.contains(parsed.field());
    }
}

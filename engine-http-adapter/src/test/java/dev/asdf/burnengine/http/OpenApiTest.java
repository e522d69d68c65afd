package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theDocumentDescribesExactlyTheRoutesTheServerRegisters() {
        JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(s.server.routeSignatures());
    }

    @Test
    void adminOperationsRequireTheBearerScheme() {
        JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
        for (String path : List.of("/cycle", "/admin/emergency-stop", "/admin/tokens/{mint}/pause")) {
            JsonNode post = doc.path("paths").path(path).path("post");
            assertThat(post.path("security").get(0).has("bearer")).as(path).isTrue();
            assertThat(post.path("responses").has("401")).as(path).isTrue();
        }
    }

    @Test
    void lamportFieldsAreDeclaredAsNumberOrString() {
        JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
        JsonNode lamports = doc.path("components").path("schemas").path("Lamports").path("oneOf");
        assertThat(lamports.get(0).path("type").asText()).isEqualTo("integer");
        assertThat(lamports.get(1).path("type").asText()).isEqualTo("string");
    }
}

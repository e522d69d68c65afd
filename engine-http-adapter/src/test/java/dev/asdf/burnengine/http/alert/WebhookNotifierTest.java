package dev.asdf.burnengine.http.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.alert.Severity;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Alert ALERT = new Alert(AlertKind.PROTOCOL_DRIFT, Severity.CRITICAL,
            Instant.parse("2026-11-28T12:00:00Z"), "Token paused: unknown program error",
            "pump answered 6099 <b>bold</b>", Map.of("mint", "ALPHA", "step", "cycle-1#2"));

    HttpServer server;
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = exchange.getRequestURI().getPath().contains("fail") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private WebhookTarget target(WebhookFormat format, String path) {
        return new WebhookTarget(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), format, "42");
    }

    private JsonNode post(WebhookFormat format) throws Exception {
        WebhookNotifier notifier = new WebhookNotifier(List.of(target(format, "/hook")));
        assertThat(notifier.post(target(format, "/hook"), ALERT).get(10, TimeUnit.SECONDS)).isEqualTo(200);
        return JSON.readTree(received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void theGenericFormatCarriesEveryField() throws Exception {
        JsonNode body = post(WebhookFormat.GENERIC);
        assertThat(body.get("kind").asText()).isEqualTo("PROTOCOL_DRIFT");
        assertThat(body.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(body.get("details").get("mint").asText()).isEqualTo("ALPHA");
    }

    @Test
    void slackGetsAnAttachmentColouredBySeverity() throws Exception {
        JsonNode body = post(WebhookFormat.SLACK);
        assertThat(body.get("text").asText()).isEqualTo("[CRITICAL] burn engine: Token paused: unknown program error");
        assertThat(body.get("attachments").get(0).get("color").asText()).isEqualTo("#E74C3C");
    }

    @Test
    void discordGetsAnEmbedAndNoMentions() throws Exception {
        JsonNode body = post(WebhookFormat.DISCORD);
        assertThat(body.get("embeds").get(0).get("description").asText()).isEqualTo("pump answered 6099 <b>bold</b>");
        assertThat(body.get("allowed_mentions").get("parse")).isEmpty();
    }

    @Test
    void telegramGetsPlainTextForItsChat() throws Exception {
        JsonNode body = post(WebhookFormat.TELEGRAM);
        assertThat(body.get("chat_id").asText()).isEqualTo("42");
        assertThat(body.get("text").asText()).contains("pump answered 6099 <b>bold</b>").contains("mint: ALPHA");
        assertThat(body.has("parse_mode")).isFalse();
    }

    @Test
    void aRejectedPostIsReportedNotThrown() throws Exception {
        WebhookNotifier notifier = new WebhookNotifier(List.of());
        assertThat(notifier.post(target(WebhookFormat.GENERIC, "/fail"), ALERT).get(10, TimeUnit.SECONDS)).isEqualTo(500);
    }

    @Test
    void anUnreachableReceiverIsReportedNotThrown() throws Exception {
        WebhookNotifier notifier = new WebhookNotifier(List.of());
        WebhookTarget nowhere = new WebhookTarget(URI.create("http://127.0.0.1:9/nowhere"), WebhookFormat.GENERIC, "");
        assertThat(notifier.post(nowhere, ALERT).get(15, TimeUnit.SECONDS)).isEqualTo(-1);
    }
}

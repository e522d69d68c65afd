package dev.asdf.burnengine.http.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.Severity;
import java.util.Map;
import java.util.TreeMap;

/** The JSON body each kind of webhook expects. Alert text is sent as plain text, never as markup. */
public enum WebhookFormat {
    /** {@code {kind, severity, title, message, at, details}} for any receiver. */
    GENERIC {
        @Override
        ObjectNode body(Alert alert, WebhookTarget target) {
            ObjectNode body = JSON.createObjectNode()
                    .put("kind", alert.kind().name())
                    .put("severity", alert.severity().name())
                    .put("title", alert.title())
                    .put("message", alert.message())
                    .put("at", alert.at().toString());
            ObjectNode details = body.putObject("details");
            sorted(alert).forEach(details::put);
            return body;
        }
    },
    /** A Slack incoming webhook: text plus an attachment coloured by severity. */
    SLACK {
        @Override
        ObjectNode body(Alert alert, WebhookTarget target) {
            ObjectNode body = JSON.createObjectNode().put("text", headline(alert));
            ObjectNode attachment = body.putArray("attachments").addObject()
                    .put("color", hexColour(alert.severity()))
                    .put("title", alert.title())
                    .put("text", alert.message());
            ArrayNode fields = attachment.putArray("fields");
            sorted(alert).forEach((k, v) -> fields.addObject().put("title", k).put("value", v).put("short", true));
            return body;
        }
    },
    /** A Discord webhook: one embed coloured by severity; mentions are disabled. */
    DISCORD {
        @Override
        ObjectNode body(Alert alert, WebhookTarget target) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("allowed_mentions").putArray("parse");
            ObjectNode embed = body.putArray("embeds").addObject()
                    .put("title", truncate(alert.title(), 256))
                    .put("description", truncate(alert.message(), 4000))
                    .put("color", Integer.parseInt(hexColour(alert.severity()).substring(1), 16))
                    .put("timestamp", alert.at().toString());
            ArrayNode fields = embed.putArray("fields");
            sorted(alert).forEach((k, v) -> fields.addObject().put("name", k).put("value", truncate(v, 1024)).put("inline", true));
            return body;
        }
    },
    /** Telegram's {@code sendMessage}: the URL is {@code https://api.telegram.org/bot<token>/sendMessage}. */
    TELEGRAM {
        @Override
        ObjectNode body(Alert alert, WebhookTarget target) {
            StringBuilder text = new StringBuilder(headline(alert)).append('\n').append(alert.message());
            sorted(alert).forEach((k, v) -> text.append('\n').append(k).append(": ").append(v));
            return JSON.createObjectNode()
                    .put("chat_id", target.chatId())
                    .put("text", truncate(text.toString(), 4000))
                    .put("disable_web_page_preview", true);
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract ObjectNode body(Alert alert, WebhookTarget target);

    String render(Alert alert, WebhookTarget target) {
        return body(alert, target).toString();
    }

    private static String headline(Alert alert) {
        return "[" + alert.severity() + "] burn engine: " + alert.title();
    }

    private static String hexColour(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "#E74C3C";
            case WARNING -> "#F1C40F";
            default -> "#3498DB";
        };
    }

    private static Map<String, String> sorted(Alert alert) {
        return new TreeMap<>(alert.details());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

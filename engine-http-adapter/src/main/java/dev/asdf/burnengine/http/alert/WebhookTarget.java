package dev.asdf.burnengine.http.alert;

import java.net.URI;
import java.util.Objects;

/**
 * One place alerts are posted to.
 *
 * @param url the webhook URL; treat it as a secret (Slack, Discord and Telegram put the credential in it), so it is
 *            never logged, only its host
 * @param chatId the Telegram chat the bot posts to; unused by the other formats
 */
public record WebhookTarget(URI url, WebhookFormat format, String chatId) {
    public WebhookTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        chatId = chatId == null ? "" : chatId;
    }

    /** What logs may say about the target. */
    String safeName() {
        return format.name().toLowerCase() + " webhook on " + url.getHost();
    }
}

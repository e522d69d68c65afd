package dev.asdf.burnengine.http.alert;

import dev.asdf.burnengine.core.config.ConfigSection;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code alerts.webhooks}: a list of {@code {url, format, chatId}}. */
public final class WebhookTargets {
    private WebhookTargets() {}

    public static List<WebhookTarget> from(ConfigSection alerts) {
        List<WebhookTarget> hooks = new ArrayList<>();
        for (ConfigSection hook : alerts.sections("webhooks")) {
            WebhookFormat format = hook.choice("format", WebhookFormat.GENERIC);
            String chatId = hook.string("chatId", "");
            hook.optionalUrl("url", "https", "http").ifPresentOrElse(url -> {
                if (format == WebhookFormat.TELEGRAM && chatId.isBlank()) {
                    hook.problem("chatId", "", "is required for a telegram webhook: the chat the bot posts to");
                }
                hooks.add(new WebhookTarget(url, format, chatId));
            }, () -> hook.problem("url", "", "is required: the webhook's https:// URL"));
        }
        return hooks;
    }
}

package dev.asdf.burnengine.http.alert;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.port.Notifier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each alert as JSON to every configured webhook (generic, Slack, Discord, Telegram), asynchronously with a 10 s
 * timeout, so a slow receiver never holds the engine. Wrap it in the core's {@code AlertThrottle}: a storm then sends
 * one message, not a thousand. A failed post is logged with the target's host only (webhook URLs carry credentials).
 */
public final class WebhookNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<WebhookTarget> targets;
    private final HttpClient client;
    private final Set<CompletableFuture<Integer>> inFlight = ConcurrentHashMap.newKeySet();

    public WebhookNotifier(List<WebhookTarget> targets) {
        this.targets = List.copyOf(targets);
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void notify(Alert alert) {
        for (WebhookTarget target : targets) {
            CompletableFuture<Integer> post = post(target, alert);
            inFlight.add(post);
            post.whenComplete((status, e) -> inFlight.remove(post));
        }
    }

    /**
     * Waits, at most {@code timeout}, for the posts still on their way: a one-shot process (the CLI under cron) calls
     * this before it exits so its alerts are not lost with it.
     *
     * @return true when every post finished in time
     */
    public boolean awaitDelivery(Duration timeout) {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Posts to one target; the future completes with the HTTP status, or -1 when the post failed. */
    CompletableFuture<Integer> post(WebhookTarget target, Alert alert) {
        HttpRequest request = HttpRequest.newBuilder(target.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(target.format().render(alert, target), StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> {
                    if (response.statusCode() / 100 != 2) {
                        LOG.warn("alert '{}' not accepted by the {}: HTTP {}", alert.title(), target.safeName(),
                                response.statusCode());
                    }
                    return response.statusCode();
                })
                .exceptionally(e -> {
                    LOG.warn("alert '{}' could not be posted to the {}: {}", alert.title(), target.safeName(),
                            e.getCause() == null ? e.toString() : e.getCause().toString());
                    return -1;
                });
    }
}

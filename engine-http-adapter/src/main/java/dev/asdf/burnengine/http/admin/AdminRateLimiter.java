package dev.asdf.burnengine.http.admin;

import dev.asdf.burnengine.http.HttpSettings.RateLimit;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the admin endpoints. Every call takes a token before the credentials are
 * checked, so failed attempts count too and guessing the token is limited to {@code requests} tries per period.
 * The map of buckets is bounded: full (idle) buckets are forgotten first, and when it is still full new clients are
 * limited rather than letting the map grow.
 */
final class AdminRateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    AdminRateLimiter(RateLimit limit, Clock clock) {
        this.capacity = limit.requests();
        this.tokensPerMilli = (double) limit.requests() / Math.max(1, limit.per().toMillis());
        this.clock = clock;
    }

    RateDecision tryAcquire(String client) {
        long now = clock.millis();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= MAX_CLIENTS) {
                buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
                if (buckets.size() >= MAX_CLIENTS) {
                    return new RateDecision.Limited(secondsFor(1));
                }
            }
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        }
        return bucket.take(now);
    }

    private long secondsFor(double tokens) {
        return Math.max(1, (long) Math.ceil(tokens / tokensPerMilli / 1000.0));
    }

    private final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized RateDecision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new RateDecision.Allowed();
            }
            return new RateDecision.Limited(secondsFor(1 - tokens));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMilli);
                updatedAt = now;
            }
        }
    }
}

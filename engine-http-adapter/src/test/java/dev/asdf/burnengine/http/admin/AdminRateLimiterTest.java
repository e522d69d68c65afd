package dev.asdf.burnengine.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.http.HttpSettings.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdminRateLimiterTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    private final AdminRateLimiter limiter = new AdminRateLimiter(RateLimit.perMinute(3), clock);

    @Test
    void aClientMayMakeTheConfiguredNumberOfCallsAtOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Allowed.class);
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Limited.class);
    }

    @Test
    void aLimitedClientIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.1"))
                .isEqualTo(new RateDecision.Limited(20));
    }

    @Test
    void callsComeBackEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Allowed.class);
        assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Limited.class);
    }

    @Test
    void anIdleClientNeverSavesUpMoreThanTheLimit() {
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Allowed.class);
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isInstanceOf(RateDecision.Limited.class);
    }

    @Test
    void clientsHaveSeparateBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.2")).isInstanceOf(RateDecision.Allowed.class);
    }
}

package dev.asdf.burnengine.http.admin;

/** Whether a client may make one more admin call now, and if not, when it may. */
sealed interface RateDecision permits RateDecision.Allowed, RateDecision.Limited {

    record Allowed() implements RateDecision {
    }

    /** @param retryAfterSeconds whole seconds until the next call is allowed (at least 1) */
    record Limited(long retryAfterSeconds) implements RateDecision {
    }
}

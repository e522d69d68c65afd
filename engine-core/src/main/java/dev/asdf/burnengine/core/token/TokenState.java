package dev.asdf.burnengine.core.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A token as the engine tracks it: its chain facts plus its participation state.
 *
 * @param statusReason why the token has its status, in words an operator can act on
 * @param lastRunAt when the token last took part in a confirmed cycle step ({@link Instant#EPOCH} = never);
 *                  the planner serves the longest-waiting tokens first
 */
public record TokenState(Token token, TokenStatus status, String statusReason, Instant lastRunAt) {
    public TokenState {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastRunAt, "lastRunAt");
        statusReason = statusReason == null ? "" : statusReason;
    }

    public static TokenState active(Token token) {
        return new TokenState(token, TokenStatus.ACTIVE, "", Instant.EPOCH);
    }

    public TokenState withStatus(TokenStatus newStatus, String reason) {
        return new TokenState(token, newStatus, reason, lastRunAt);
    }

    public TokenState withLastRunAt(Instant when) {
        return new TokenState(token, status, statusReason, when);
    }

    public TokenState withToken(Token newToken) {
        return new TokenState(newToken, status, statusReason, lastRunAt);
    }
}

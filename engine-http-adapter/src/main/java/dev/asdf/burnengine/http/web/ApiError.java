package dev.asdf.burnengine.http.web;

import java.util.Objects;

/**
 * An expected failure of a request, as a value: the HTTP status, a stable machine-readable code and a message that
 * names the thing, the bad value and the fix. Rendered as {@code {"error": code, "message": message}}.
 */
public record ApiError(int status, String error, String message) {
    public ApiError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, got " + status);
        }
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    public static ApiError badRequest(String error, String message) {
        return new ApiError(400, error, message);
    }

    public static ApiError notFound(String error, String message) {
        return new ApiError(404, error, message);
    }

    public static ApiError conflict(String error, String message) {
        return new ApiError(409, error, message);
    }

    public static ApiError unavailable(String error, String message) {
        return new ApiError(503, error, message);
    }

    /** The one 401: deliberately says nothing about what was wrong with the credentials. */
    public static ApiError unauthorized() {
        return new ApiError(401, "unauthorized", "authentication required");
    }

    /** The engine facade throws this before start() and after stop(). */
    public static ApiError engineNotStarted() {
        return unavailable("engine_not_started", "the engine is not running (starting up or stopped);"
                + " wait until GET /ready answers 200");
    }
}

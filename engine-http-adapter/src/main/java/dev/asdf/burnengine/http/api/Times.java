package dev.asdf.burnengine.http.api;

import java.time.Instant;

/** Every instant in the API is epoch milliseconds; {@link Instant#EPOCH} ("never") is 0. */
final class Times {
    private Times() {}

    static long millis(Instant at) {
        return at.toEpochMilli();
    }
}

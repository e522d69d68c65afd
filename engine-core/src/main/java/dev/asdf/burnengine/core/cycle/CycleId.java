package dev.asdf.burnengine.core.cycle;

import java.time.Instant;
import java.util.Objects;

/** Names one cycle; sortable by start time. */
public record CycleId(String value) implements Comparable<CycleId> {
    public CycleId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64 || !value.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("cycle id '" + value
                    + "' must be 1..64 characters of letters, digits, '.', '_' or '-'");
        }
    }

    /** {@code cycle-<epoch millis>-<sequence>}: unique per engine and readable. */
    public static CycleId at(Instant when, long sequence) {
        return new CycleId("cycle-" + when.toEpochMilli() + "-" + sequence);
    }

    @Override
    public int compareTo(CycleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

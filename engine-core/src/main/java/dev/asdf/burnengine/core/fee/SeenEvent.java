package dev.asdf.burnengine.core.fee;

import java.util.Objects;

/** An event id the ledger remembers to refuse its replay, with the slot that decides when it may be forgotten. */
public record SeenEvent(FeeEventId id, long slot) {
    public SeenEvent {
        Objects.requireNonNull(id, "id");
    }
}

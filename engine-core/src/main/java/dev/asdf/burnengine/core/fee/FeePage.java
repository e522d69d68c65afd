package dev.asdf.burnengine.core.fee;

import java.util.List;
import java.util.Objects;

/**
 * One batch from a fee source, oldest first, and the cursor to resume after it.
 *
 * @param caughtUp true when the source had nothing newer than this page
 */
public record FeePage(
        List<FeeEvent> events,
        List<UnattributedDeposit> unattributed,
        List<FeeRejection> rejected,
        FeeCursor next,
        boolean caughtUp) {

    public FeePage {
        events = List.copyOf(events);
        unattributed = List.copyOf(unattributed);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(next, "next");
    }

    public static FeePage empty(FeeCursor cursor) {
        return new FeePage(List.of(), List.of(), List.of(), cursor, true);
    }
}

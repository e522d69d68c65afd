package dev.asdf.burnengine.core;

import dev.asdf.burnengine.core.cycle.ResolveReport;
import dev.asdf.burnengine.core.port.RunLock;
import java.util.List;
import java.util.Objects;

/** How {@link BurnEngine#start} ended. Expected refusals are values; the runners turn them into exit codes. */
public sealed interface StartResult permits StartResult.Started, StartResult.LockHeld, StartResult.Refused {

    /**
     * @param replayed journal entries applied on top of the snapshot
     * @param warnings problems that did not stop the start (token discovery failed, ...)
     */
    record Started(long replayed, ResolveReport resolved, List<String> warnings) implements StartResult {
        public Started {
            Objects.requireNonNull(resolved, "resolved");
            warnings = List.copyOf(warnings);
        }
    }

    /** Another process runs cycles on this state directory. */
    record LockHeld(RunLock.Held holder) implements StartResult {
        public LockHeld {
            Objects.requireNonNull(holder, "holder");
        }
    }

    /** The saved state cannot be used as it is; the message names the file or entry and the fix. */
    record Refused(String reason) implements StartResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

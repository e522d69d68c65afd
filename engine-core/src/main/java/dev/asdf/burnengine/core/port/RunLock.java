package dev.asdf.burnengine.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * Makes sure one process at a time may run cycles on a state directory. Held for as long as the process may run
 * cycles and released by the operating system when the process dies, so no lock ever needs deleting by hand.
 */
public interface RunLock {

    /** Takes the lock without waiting. */
    Attempt tryAcquire(String command);

    /** The answer to {@link #tryAcquire}: the lock, or who holds it. */
    sealed interface Attempt permits Acquired, Held {
    }

    /** Release it when the process stops running cycles. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    record Acquired(Handle handle) implements Attempt {
        public Acquired {
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** Another process holds the lock. */
    record Held(long pid, Instant since, String command) implements Attempt {
        public Held {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(command, "command");
        }

        /** "held by pid N since T, started as C", the message both runners print. */
        public String describe() {
            return "the state directory's run lock is held by pid " + pid + " since " + since + ", started as '"
                    + command + "'";
        }
    }
}

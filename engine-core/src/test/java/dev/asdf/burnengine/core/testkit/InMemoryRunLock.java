package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.port.RunLock;
import java.time.Clock;
import java.time.Instant;

/** A run lock for one JVM: a second acquire sees the first holder until it closes its handle. */
public final class InMemoryRunLock implements RunLock {
    private final Clock clock;
    private Held holder;

    public InMemoryRunLock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Attempt tryAcquire(String command) {
        if (holder != null) {
            return holder;
        }
        Held me = new Held(ProcessHandle.current().pid(), Instant.now(clock), command);
        holder = me;
        return new Acquired(() -> release(me));
    }

    public synchronized boolean isHeld() {
        return holder != null;
    }

    /** What the operating system does to a real lock when its process dies. */
    public synchronized void releaseAsIfTheProcessDied() {
        holder = null;
    }

    private synchronized void release(Held me) {
        if (holder == me) {
            holder = null;
        }
    }
}

package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.port.RunLock;
import java.nio.file.Path;
import java.time.Clock;

/** A child JVM that takes the run lock, says so on stdout, and holds it until killed. */
public final class LockHolderProcess {
    private LockHolderProcess() {}

    public static void main(String[] args) throws Exception {
        RunLock.Attempt attempt = new FileRunLock(Path.of(args[0]), Clock.systemUTC()).tryAcquire("lock-holder --test");
        System.out.println(attempt instanceof RunLock.Acquired ? "ACQUIRED" : "HELD");
        System.out.flush();
        Thread.sleep(60_000);
    }
}

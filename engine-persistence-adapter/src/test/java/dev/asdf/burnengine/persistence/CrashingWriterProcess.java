package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A child JVM that writes to a state directory as fast as it can, the way the engine does: fee credits (group
 * committed), INTENTs (durable) and snapshots (after flushing the journal). It prints {@code INTENT <seq>} and
 * {@code SNAP <seq>} only after the call returned, i.e. what it acknowledged; the test kills it at random.
 */
public final class CrashingWriterProcess {
    private CrashingWriterProcess() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        PrintStream out = System.out;
        FilePersistence files = FilePersistence.open(dir,
                new PersistenceSettings(64 * 1024, Duration.ofMillis(20), 3, 10, Duration.ofDays(1)),
                Clock.systemUTC(), new SimpleMeterRegistry());
        if (!(files.runLock().tryAcquire("crashing-writer") instanceof RunLock.Acquired)) {
            out.println("LOCKED");
            out.flush();
            return;
        }
        Journal journal = files.journal();
        long start = journal.lastSeq();
        out.println("START " + start);
        out.flush();
        long n = start * 10 + random.nextLong(1_000_000);
        for (long i = 0; ; i++) {
            for (int k = random.nextInt(0, 6); k > 0; k--) {
                journal.append(Samples.T0, new JournalEntry.FeeCredited(TestData.fee(n++, 0, Samples.ROOT, 1_000, 5)));
            }
            long seq = journal.append(Samples.T0, new JournalEntry.StepIntent(Samples.rootStep(), Samples.transaction(n++)));
            out.println("INTENT " + seq);
            out.flush();
            if (i % 5 == 4) {
                journal.flush();
                files.stateStore().save(stateAt(journal.lastSeq()));
                out.println("SNAP " + journal.lastSeq());
                out.flush();
            }
        }
    }

    private static EngineState stateAt(long seq) {
        EngineState s = Samples.engineState();
        return new EngineState(seq, s.configFingerprint(), s.ledger(), s.cursor(),
                s.tokens(), s.totals(), s.deadLetters(), s.recentBurns(), s.inFlight(), s.emergencyStop(), s.cycles());
    }
}

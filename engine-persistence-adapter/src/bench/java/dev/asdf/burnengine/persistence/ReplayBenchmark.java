package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.deadletter.DeadLetterPolicy;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.state.EngineModel;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Start-up replay of a 1,000,000-entry journal tail over 64 MiB files: open (verify every hash and link) plus parse and
 * apply every entry to a fresh engine model. The tail has the running engine's shape: fee credits, and after every
 * poll of {@value #CREDITS_PER_POLL} credits the fee cursor it persists (which lets the ledger forget the event ids of
 * settled slots). Target (issue 4): under 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {
    private static final int ENTRIES = 1_000_000;
    static final int CREDITS_PER_POLL = 1_000;
    private Path dir;

    @Setup
    public void writeJournal() throws IOException {
        dir = Files.createTempDirectory("replay-bench");
        FileJournal journal = new FileJournal(dir, 64L << 20, Duration.ofSeconds(1), Clock.systemUTC(), new SimpleMeterRegistry());
        Token[] tokens = new Token[100];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = TestData.secondary(i, "T" + i);
        }
        for (int i = 1; i <= ENTRIES; i++) {
            if (i % (CREDITS_PER_POLL + 1) == 0) {
                journal.append(Samples.T0, new JournalEntry.FeeCursorAdvanced(new FeeCursor("sig-" + i, i - 100, i)));
            } else {
                journal.append(Samples.T0, new JournalEntry.FeeCredited(TestData.fee(i, 0, tokens[i % tokens.length], 1_000 + i, i)));
            }
        }
        journal.close();
    }

    @Benchmark
    public long replayOneMillionEntries() {
        FileJournal journal = new FileJournal(dir, 64L << 20, Duration.ofSeconds(1), Clock.systemUTC(), new SimpleMeterRegistry());
        EngineModel model = EngineModel.restore(EngineState.initial("bench"), DeadLetterPolicy.defaults(), 1000);
        journal.replayAfter(0, model::apply);
        journal.close();
        return model.journalSeq();
    }
}

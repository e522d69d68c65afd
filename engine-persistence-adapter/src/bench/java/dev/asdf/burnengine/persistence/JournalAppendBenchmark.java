package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Journal appends on this machine's disk (the state directory lives under /tmp here, on the same disk as the
 * checkout). An INTENT is fsynced before append returns; a fee credit waits for the 100 ms group commit.
 * Target (issue 4): INTENT append + fsync under 5 ms at p99 (run with {@code -bm sample} for percentiles).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JournalAppendBenchmark {
    private Path dir;
    private FileJournal journal;
    private JournalEntry intent;
    private long n;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("journal-bench");
        journal = new FileJournal(dir, 64L << 20, Duration.ofMillis(100), Clock.systemUTC(), new SimpleMeterRegistry());
        intent = new JournalEntry.StepIntent(Samples.rootStep(), Samples.transaction(1));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        journal.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    public long intentWithFsync() {
        return journal.append(Samples.T0, intent);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public long feeCreditWithGroupCommit() {
        return journal.append(Samples.T0, new JournalEntry.FeeCredited(TestData.fee(n++, 0, Samples.ROOT, 1_000, 5)));
    }
}

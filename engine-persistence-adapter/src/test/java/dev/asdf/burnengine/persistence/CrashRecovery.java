package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.journal.JournalEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Kills a {@link CrashingWriterProcess} with SIGKILL at random instants, again and again on the same state directory,
 * and checks after every kill that the chain verifies, no acknowledged INTENT is missing and the snapshot is no older
 * than the last acknowledged one.
 */
final class CrashRecovery {
    private CrashRecovery() {}

    /** What the runs showed. */
    record Report(int kills, long entries, long acknowledgedIntents, int tornTailsRepaired) {
    }

    static Report killRepeatedly(Path stateDir, int kills, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> acknowledgedIntents = new HashSet<>();
        long lastSnapshotAck = -1;
        int repaired = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = ChildJvm.start(CrashingWriterProcess.class, stateDir.toString(), Long.toString(seed * 1_000 + kill));
            List<String> lines = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = new Thread(() -> readLines(child, lines, started));
            reader.start();
            if (!started.await(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("kill " + kill + ": the writer did not start: " + lines);
            }
            Thread.sleep(random.nextInt(20, 600));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            for (String line : snapshot(lines)) {
                if (line.startsWith("INTENT ")) {
                    acknowledgedIntents.add(Long.parseLong(line.substring(7)));
                } else if (line.startsWith("SNAP ")) {
                    lastSnapshotAck = Math.max(lastSnapshotAck, Long.parseLong(line.substring(5)));
                } else if (line.equals("LOCKED")) {
                    throw new AssertionError("kill " + kill + ": the run lock outlived the killed process");
                }
            }
            JournalScan.Result scan = JournalScan.scan(stateDir.resolve("journal"));
            if (scan.torn() != null) {
                repaired++;
            }
            long maxAck = acknowledgedIntents.stream().mapToLong(Long::longValue).max().orElse(0);
            assertThat(scan.lastSeq()).as("kill %d: journal end vs last acknowledged INTENT", kill).isGreaterThanOrEqualTo(maxAck);
            FilePersistence files = FilePersistence.open(stateDir, PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry());
            long snapshotSeq = files.stateStore().load().map(s -> s.journalSeq()).orElse(-1L);
            assertThat(snapshotSeq).as("kill %d: snapshot vs last acknowledged snapshot", kill).isGreaterThanOrEqualTo(lastSnapshotAck);
            assertThat(snapshotSeq).as("kill %d: a snapshot never runs ahead of the journal", kill).isLessThanOrEqualTo(scan.lastSeq());
        }
        Map<Long, String> types = new HashMap<>();
        FileJournal journal = new FileJournal(stateDir.resolve("journal"), 64 * 1024, Duration.ofSeconds(1), Clock.systemUTC(),
                new SimpleMeterRegistry());
        journal.replayAfter(0, j -> types.put(j.seq(), j.entry().getClass().getSimpleName()));
        journal.close();
        for (long seq : acknowledgedIntents) {
            assertThat(types.get(seq)).as("acknowledged INTENT at entry %d", seq)
                    .isEqualTo(JournalEntry.StepIntent.class.getSimpleName());
        }
        return new Report(kills, types.size(), acknowledgedIntents.size(), repaired);
    }

    private static void readLines(Process child, List<String> lines, CountDownLatch started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith("START") || line.equals("LOCKED")) {
                    started.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process was killed; what it printed before is in the list
        }
    }

    private static List<String> snapshot(List<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}

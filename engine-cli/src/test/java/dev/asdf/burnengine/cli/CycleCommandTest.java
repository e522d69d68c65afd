package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.persistence.FileRunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("engine-cli cycle on the sandbox: each outcome has its documented exit code")
class CycleCommandTest {
    @TempDir
    Path dir;

    private String[] args(Path config, String... more) {
        String[] base = {"cycle", "--config", config.toString(), "--state-dir", dir.resolve("state").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    @DisplayName("a forced cycle with fees burns them and exits 0")
    void forcedCycleCompletes() {
        CliRun run = CliRun.of(args(CliRun.sandboxWithFees(dir), "--force"));

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("COMPLETED").contains("ok       root ROOT").contains("burned");
    }

    @Test
    @DisplayName("a cycle the schedule does not allow yet exits 2 and says why")
    void tooSoonIsNothingToDo() {
        Path config = CliRun.sandboxWithFees(dir);
        assertThat(CliRun.of(args(config, "--force")).exit).isZero();

        CliRun second = CliRun.of(args(config));

        assertThat(second.exit).as(second.toString()).isEqualTo(2);
        assertThat(second.out).contains("nothing to do: the last cycle was less than 2 min ago").contains("--force");
    }

    @Test
    @DisplayName("a lock held by another process exits 3, names the holder and points at --via")
    void lockHeldExitsThree() {
        Path config = CliRun.sandboxWithFees(dir);
        Path state = dir.resolve("state");
        assertThat(CliRun.of("cycle", "--dry-run", "--config", config.toString(), "--state-dir", state.toString()).exit)
                .isIn(0, 2);
        RunLock.Acquired held = (RunLock.Acquired) new FileRunLock(state, Clock.systemUTC())
                .tryAcquire("engine-daemon --state-dir " + state);
        try {
            CliRun run = CliRun.of(args(config, "--force"));

            assertThat(run.exit).as(run.toString()).isEqualTo(3);
            assertThat(run.err).contains("engine-daemon --state-dir").contains("--via http://127.0.0.1:3030");
        } finally {
            held.handle().close();
        }
    }

    @Test
    @DisplayName("an unknown configuration key exits 4 naming the key")
    void unknownKeyExitsFour() {
        CliRun run = CliRun.of(args(CliRun.sandboxWithFees(dir, "engine", 0, "schedul:\n  threshold: 1 SOL\n", Duration.ZERO)));

        assertThat(run.exit).as(run.toString()).isEqualTo(4);
        assertThat(run.err).contains("unknown key 'schedul.threshold'");
    }

    @Test
    @DisplayName("a threshold below the program's smallest step exits 4 naming the key and the minimum")
    void thresholdBelowOnChainMinimumExitsFour() {
        CliRun run = CliRun.of(args(CliRun.sandboxWithFees(dir, "engine", 0, "schedule:\n  threshold: 1 lamports\n", Duration.ZERO)));

        assertThat(run.exit).as(run.toString()).isEqualTo(4);
        assertThat(run.err).contains("schedule.threshold").contains("smallest possible step");
    }

    @Test
    @DisplayName("a cycle whose steps all fail exits 6 and reports each failure")
    void everyStepFailingExitsSix() {
        Path failing = CliRun.sandboxWithFees(dir, "failing", 1, "", Duration.ofMinutes(30));

        CliRun failed = CliRun.of(args(failing, "--force"));

        assertThat(failed.exit).as(failed.toString()).isEqualTo(6);
        assertThat(failed.out).containsAnyOf("FAILED", "REFUSED");
    }

    @Test
    @DisplayName("a journal broken in the middle exits 7 with the file and line")
    void brokenJournalExitsSeven() throws IOException {
        Path config = CliRun.sandboxWithFees(dir);
        assertThat(CliRun.of(args(config, "--force")).exit).isZero();
        Path journal;
        try (var files = Files.list(dir.resolve("state/journal"))) {
            journal = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        String text = Files.readString(journal);
        int second = text.indexOf('\n') + 1;
        Files.writeString(journal, text.substring(0, second) + text.substring(second).replaceFirst("\"seq\":2", "\"seq\":9"));

        CliRun run = CliRun.of(args(config, "--force"));

        assertThat(run.exit).as(run.toString()).isEqualTo(7);
        assertThat(run.err).contains(journal.getFileName().toString());
    }

    @Test
    @DisplayName("--dry-run prints every token's verdict and records no cycle")
    void dryRunRecordsNothing() {
        Path config = CliRun.sandboxWithFees(dir);
        CliRun run = CliRun.of(args(config, "--dry-run"));

        assertThat(run.exit).as(run.toString()).isIn(0, 2);
        assertThat(run.out).contains("dry run, nothing sent").contains("VERDICT").contains("ROOT (");
        CliRun status = CliRun.of("status", "--config", config.toString(), "--state-dir", dir.resolve("state").toString());
        assertThat(status.out).contains("cycles        none yet");
    }

    @Test
    @DisplayName("--json prints the API's cycle report")
    void jsonPrintsTheApiReport() {
        CliRun run = CliRun.of(args(CliRun.sandboxWithFees(dir), "--force", "--json"));

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("\"status\" : \"COMPLETED\"").contains("\"stepsConfirmed\" : ")
                .contains("\"tokensBurned\"");
    }
}

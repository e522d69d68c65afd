package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.persistence.FileRunLock;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("engine-cli status, tokens, fees and dlq list read the saved state without the lock")
class StatusCommandTest {
    @TempDir
    Path dir;
    Path config;
    Path state;

    @BeforeEach
    void oneCycleRan() {
        config = CliRun.sandboxWithFees(dir);
        state = dir.resolve("state");
        CliRun cycle = CliRun.of("cycle", "--force", "--config", config.toString(), "--state-dir", state.toString());
        assertThat(cycle.exit).as(cycle.toString()).isZero();
    }

    private CliRun run(String... command) {
        String[] all = new String[command.length + 4];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(new String[] {"--config", config.toString(), "--state-dir", state.toString()}, 0, all,
                command.length, 4);
        return CliRun.of(all);
    }

    @Test
    @DisplayName("status shows the last cycle, the tokens and a free lock")
    void statusSummarisesTheState() {
        CliRun status = run("status");

        assertThat(status.exit).as(status.toString()).isZero();
        assertThat(status.out).contains("run lock      free").contains("tokens        6 tracked")
                .contains("COMPLETED").contains("dead letters  0 open");
    }

    @Test
    @DisplayName("status works while another process holds the lock, and names it")
    void statusWhileLocked() {
        RunLock.Acquired held = (RunLock.Acquired) new FileRunLock(state, Clock.systemUTC()).tryAcquire("engine-daemon");
        try {
            CliRun status = run("status");

            assertThat(status.exit).as(status.toString()).isZero();
            assertThat(status.out).contains("held by pid " + ProcessHandle.current().pid())
                    .contains("engine-daemon");
        } finally {
            held.handle().close();
        }
    }

    @Test
    @DisplayName("status --json carries the lock, the cycle status, the fees and the dead letters")
    void statusJson() {
        CliRun status = run("status", "--json");

        assertThat(status.exit).isZero();
        assertThat(status.out).contains("\"runLock\"").contains("\"held\" : false").contains("\"cycleCount\" : 1")
                .contains("\"pendingLamports\"").contains("\"deadLetters\"");
    }

    @Test
    @DisplayName("tokens lists the root first with what it burned")
    void tokensTable() {
        CliRun tokens = run("tokens");

        assertThat(tokens.exit).isZero();
        assertThat(tokens.out.lines().skip(1).findFirst().orElseThrow()).startsWith("root      ROOT");
        assertThat(tokens.out).contains("6 token(s)");
    }

    @Test
    @DisplayName("fees totals equal the sum of the per-token rows")
    void feesTable() {
        CliRun fees = run("fees", "--json");

        assertThat(fees.exit).isZero();
        assertThat(fees.out).contains("\"creditedLamports\"").contains("\"tokenCount\" : 6");
    }

    @Test
    @DisplayName("dlq list on a healthy engine shows no open entry")
    void dlqListEmpty() {
        CliRun dlq = run("dlq", "list");

        assertThat(dlq.exit).isZero();
        assertThat(dlq.out).startsWith("0 open of 0 entries");
    }

    @Test
    @DisplayName("dlq retry of a mint with no entry exits 2; a malformed mint exits 4")
    void dlqRetryErrors() {
        CliRun none = run("dlq", "retry", "11111111111111111111111111111111");
        CliRun malformed = run("dlq", "retry", "not-a-mint");

        assertThat(none.exit).as(none.toString()).isEqualTo(2);
        assertThat(none.err).contains("no open dead-letter entry for 11111111111111111111111111111111");
        assertThat(malformed.exit).as(malformed.toString()).isEqualTo(4);
        assertThat(malformed.err).contains("MINT 'not-a-mint' is not an address");
    }

    @Test
    @DisplayName("status on a directory where nothing ran exits 4 and says which --state-dir to pass")
    void statusWithoutState() {
        CliRun status = CliRun.of("status", "--state-dir", dir.resolve("empty").toString());

        assertThat(status.exit).isEqualTo(4);
        assertThat(status.err).contains("no engine state in").contains("--state-dir");
    }
}

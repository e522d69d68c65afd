package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.fee.LedgerState;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.state.TokenTotals;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.TokenState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Writing (serialise, fsync, rename, fsync directory) a snapshot of an engine that tracks 10,000 tokens. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SnapshotWriteBenchmark {
    @Param({"10000"})
    public int tokens;

    private FileStateStore store;
    private EngineState state;
    private long seq;

    @Setup
    public void build() throws IOException {
        Path dir = Files.createTempDirectory("snapshot-bench");
        store = new FileStateStore(dir, 3, Clock.systemUTC(), new SimpleMeterRegistry(), SnapshotMigrations.production());
        List<TokenState> states = new ArrayList<>();
        List<TokenTotals> totals = new ArrayList<>();
        Map<Address, LedgerAccount> accounts = new HashMap<>();
        for (int i = 0; i < tokens; i++) {
            TokenState s = TokenState.active(i == 0 ? TestData.root(i, "R") : TestData.secondary(i, "T" + i));
            states.add(s);
            accounts.put(s.token().mint(), new LedgerAccount(5_000_000L + i, 1_000_000L + i, 4_000_000, 0));
            totals.add(new TokenTotals(s.token().mint(), 12, 4_000_000, 9_000_000_000L, 1_700_000, 20_000, 1, 0));
        }
        EngineState base = Samples.engineState();
        state = new EngineState(1, "bench", new LedgerState(accounts, LedgerAccount.EMPTY, base.ledger().seen(), 0),
                base.cursor(), states, totals, base.deadLetters(), base.recentBurns(), List.of(), base.emergencyStop(),
                base.cycles());
    }

    @Benchmark
    public void saveTenThousandTokens() {
        store.save(new EngineState(++seq, state.configFingerprint(), state.ledger(), state.cursor(), state.tokens(),
                state.totals(), state.deadLetters(), state.recentBurns(), state.inFlight(), state.emergencyStop(), state.cycles()));
    }
}

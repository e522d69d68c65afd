package dev.asdf.burnengine.core.bench;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CyclePlan;
import dev.asdf.burnengine.core.cycle.CyclePlanner;
import dev.asdf.burnengine.core.cycle.CycleSnapshot;
import dev.asdf.burnengine.core.cycle.PlannerLimits;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.core.token.TokenState;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Target (issue 2): a 10,000-token plan in under 20 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanCycleBenchmark {

    @Param({"10000"})
    public int tokens;

    private CycleSnapshot snapshot;
    private final CyclePlanner planner = new CyclePlanner();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(10_000);
        List<TokenState> states = new ArrayList<>();
        Map<Address, Long> pending = new HashMap<>();
        long total = 0;
        for (int i = 0; i < tokens; i++) {
            Token t = new Token(address(i), "T" + i, "Token " + i, i == 0 ? TokenRole.ROOT : TokenRole.SECONDARY,
                    i % 3 == 0 ? Market.AMM : Market.BONDING_CURVE, i % 2 == 0 ? TokenProgram.SPL_TOKEN : TokenProgram.TOKEN_2022);
            TokenState s = TokenState.active(t).withLastRunAt(Instant.ofEpochSecond(random.nextLong(0, 1_000_000)));
            states.add(s);
            long p = random.nextLong(0, 400_000_000L);
            pending.put(t.mint(), p);
            total += p;
        }
        ChainSnapshot chain = new ChainSnapshot(1, new ChainBalances(Lamports.of(total), Lamports.ZERO, Lamports.ZERO,
                Lamports.of(1_000_000_000L)), SplitConfig.asdfProgramDefaults(), Instant.EPOCH, Map.of(),
                Lamports.of(Lamports.PER_SOL));
        snapshot = new CycleSnapshot(new CycleId("bench"), Instant.ofEpochSecond(2_000_000), states, pending, 0, chain,
                Map.of(), new PlannerLimits(64, Lamports.of(Long.MAX_VALUE)));
    }

    @Benchmark
    public CyclePlan planTenThousandTokens() {
        return planner.plan(snapshot);
    }

    private static Address address(long n) {
        byte[] b = new byte[32];
        ByteBuffer.wrap(b).putLong(n).putLong(n * 7).putLong(~n).putLong(n ^ 0x5A5A5A5AL);
        return Address.of(b);
    }
}

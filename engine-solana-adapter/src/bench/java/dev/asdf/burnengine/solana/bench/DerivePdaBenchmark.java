package dev.asdf.burnengine.solana.bench;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code findProgramAddress(["bonding-curve", mint], pump)} over 1,024 random mints (no caching). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DerivePdaBenchmark {
    private final Address[] mints = new Address[1024];
    private int next;

    @Setup
    public void mints() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < mints.length; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            mints[i] = Address.of(b);
        }
    }

    @Benchmark
    public ProgramAddress findBondingCurve() {
        next = (next + 1) & (mints.length - 1);
        return ProgramAddress.find(ProgramIds.PUMP, "bonding-curve", mints[next]);
    }
}

package dev.asdf.burnengine.core.bench;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeLedger;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.money.Lamports;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target (issue 2): at least 1,000,000 credits per second on one core. Each invocation credits 1,000,000 distinct
 * events (two per transaction, 200 tokens) into a fresh ledger; the score is per credit. The ledger forgets event
 * ids every 10,000 slots, as the engine does when the fee cursor advances.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreditFeesBenchmark {
    private static final int EVENTS = 1_000_000;

    private FeeEvent[] events;
    private FeeLedger ledger;

    @Setup(Level.Trial)
    public void makeEvents() {
        SplittableRandom random = new SplittableRandom(1);
        Address[] mints = new Address[200];
        for (int i = 0; i < mints.length; i++) {
            byte[] b = new byte[32];
            ByteBuffer.wrap(b).putLong(i).putLong(~i);
            mints[i] = Address.of(b);
        }
        events = new FeeEvent[EVENTS];
        Instant time = Instant.ofEpochSecond(1_700_000_000L);
        for (int i = 0; i < EVENTS; i++) {
            byte[] sig = new byte[64];
            ByteBuffer.wrap(sig).putLong(i / 2).putLong(random.nextLong()).putLong(random.nextLong());
            events[i] = new FeeEvent(new FeeEventId(TxSignature.of(sig), i % 2), mints[random.nextInt(mints.length)],
                    Lamports.of(random.nextLong(1, 10_000_000)), FeeVault.BONDING_CURVE, i / 4, time);
        }
    }

    @Setup(Level.Invocation)
    public void freshLedger() {
        ledger = new FeeLedger();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public FeeLedger creditOneMillionEvents() {
        FeeLedger l = ledger;
        for (int i = 0; i < EVENTS; i++) {
            l.credit(events[i]);
            if ((i & 0xFFFF) == 0) {
                l.forgetEventIdsBefore(events[i].slot() - 10_000);
            }
        }
        return l;
    }
}

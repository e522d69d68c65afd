package dev.asdf.burnengine.solana.bench;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.AnchorEvents;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.program.pump.TradeEvent;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decode a pump {@code TradeEvent} from its event self-CPI instruction data (tag + discriminator + the 2026 body with
 * the appended fields). Target: at least 500,000 per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeTradeEventBenchmark {
    private byte[] data;

    @Setup
    public void encodeEvent() {
        SplittableRandom random = new SplittableRandom(13);
        BorshWriter w = new BorshWriter(512).bytes(AnchorEvents.EVENT_CPI_TAG.toBytes())
                .bytes(TradeEvent.DISCRIMINATOR.toBytes());
        w.pubkey(key(random)).u64(1_000_000_000L).u64(35_000_000_000L).bool(true).pubkey(key(random))
                .i64(1_780_000_000L);
        for (int i = 0; i < 4; i++) {
            w.u64(random.nextLong(1L << 50));
        }
        w.pubkey(key(random)).u64(95).u64(9_500_000).pubkey(key(random)).u64(30).u64(3_000_000).bool(true)
                .u64(0).u64(0).u64(5_000_000_000L).i64(1_780_000_000L).string("buy");
        w.bool(false).u64(0).u64(0).u64(25).u64(2_500_000).u32(0).pubkey(key(random)).u64(1_000_000_000L)
                .u64(30_000_000_000L).u64(0).u64(0).u64(0);
        data = w.toByteArray();
    }

    @Benchmark
    public TradeEvent decode() {
        return TradeEvent.fromEventCpi(data);
    }

    private static Address key(SplittableRandom random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Address.of(b);
    }
}

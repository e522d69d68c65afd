package dev.asdf.burnengine.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import java.math.BigInteger;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecondarySplitTest {
    private static final SplitConfig ASDF = SplitConfig.asdfProgramDefaults();

    @Test
    @DisplayName("1 SOL at 5520 bps keeps 552,000,000 and sends 448,000,000 to the root (seed test-fee-split)")
    void oneSolSplitsLikeTheProgram() {
        SecondarySplit s = SecondarySplit.of(Lamports.of(1_000_000_000L), ASDF);
        assertThat(s.kept()).isEqualTo(Lamports.of(552_000_000L));
        assertThat(s.toRoot()).isEqualTo(Lamports.of(448_000_000L));
        assertThat(s.devFee()).isEqualTo(Lamports.of(5_520_000L));
        assertThat(s.buyBudget()).isEqualTo(Lamports.of(546_480_000L));
    }

    @Test
    @DisplayName("0.01 SOL sends floor-rounded dust to the root, both parts positive (seed test-fee-split)")
    void roundingDustGoesToTheRoot() {
        SecondarySplit s = SecondarySplit.of(Lamports.of(10_000_001L), ASDF);
        assertThat(s.kept()).isEqualTo(Lamports.of(5_520_000L));
        assertThat(s.toRoot()).isEqualTo(Lamports.of(4_480_001L));
    }

    @Test
    @DisplayName("for any allocation and split, the parts equal the on-chain formula to the lamport")
    void everySplitEqualsTheOnChainFormula() {
        SplittableRandom r = new SplittableRandom(5520);
        for (int i = 0; i < 100_000; i++) {
            long allocation = r.nextLong(0, 1L << 52);
            int splitBps = r.nextInt(1, 10_001);
            int devBps = r.nextInt(0, 10_001);
            SplitConfig config = new SplitConfig(splitBps, devBps, Lamports.ZERO, Lamports.ZERO, Duration.ZERO);
            SecondarySplit s = SecondarySplit.of(Lamports.of(allocation), config);
            long keep = BigInteger.valueOf(allocation).multiply(BigInteger.valueOf(splitBps))
                    .divide(BigInteger.valueOf(10_000)).longValueExact();
            long toRoot = allocation - keep;
            long devFee = BigInteger.valueOf(keep).multiply(BigInteger.valueOf(devBps))
                    .divide(BigInteger.valueOf(10_000)).longValueExact();
            assertThat(s.kept().value()).as("case %d", i).isEqualTo(keep);
            assertThat(s.toRoot().value()).as("case %d", i).isEqualTo(toRoot);
            assertThat(s.devFee().value()).as("case %d", i).isEqualTo(devFee);
            assertThat(s.toRoot().value() + s.devFee().value() + s.buyBudget().value()).isEqualTo(allocation);
        }
    }
}

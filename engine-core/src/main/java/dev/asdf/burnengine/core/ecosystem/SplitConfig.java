package dev.asdf.burnengine.core.ecosystem;

import dev.asdf.burnengine.core.money.Lamports;
import java.time.Duration;
import java.util.Objects;

/**
 * The split and the minimums a cycle must respect, as read from chain (ASDF {@code DATState}) or configured (direct
 * mode). Never hard-coded in the planner: an admin can change {@code fee_split_bps} on chain at any time.
 *
 * @param feeSplitBps share of a secondary's allocation it keeps for its own buy-back, in basis points
 * @param devFeeBps share of the kept part paid to the dev wallet, in basis points
 * @param minSecondaryAllocation smallest secondary allocation the program accepts (ASDF: 0.1 SOL)
 * @param minRootAllocation smallest root allocation whose buy clears the program's minimum buy
 * @param minCycleInterval the program's global interval between two fee collections
 */
public record SplitConfig(
        int feeSplitBps,
        int devFeeBps,
        Lamports minSecondaryAllocation,
        Lamports minRootAllocation,
        Duration minCycleInterval) {

    public static final int BPS_DENOMINATOR = 10_000;

    public SplitConfig {
        if (feeSplitBps <= 0 || feeSplitBps > BPS_DENOMINATOR) {
            throw new IllegalArgumentException("fee_split_bps must be in 1..10000, got " + feeSplitBps
                    + "; the ASDF program keeps it in 1000..9000");
        }
        if (devFeeBps < 0 || devFeeBps > BPS_DENOMINATOR) {
            throw new IllegalArgumentException("dev fee bps must be in 0..10000, got " + devFeeBps);
        }
        Objects.requireNonNull(minSecondaryAllocation, "minSecondaryAllocation");
        Objects.requireNonNull(minRootAllocation, "minRootAllocation");
        Objects.requireNonNull(minCycleInterval, "minCycleInterval");
        if (minCycleInterval.isNegative()) {
            throw new IllegalArgumentException("minCycleInterval cannot be negative, got " + minCycleInterval);
        }
    }

    /**
     * The deployed ASDF program's values (onchain-spec §6.1): split 5520, dev fee 100 bps of the kept share, secondary
     * minimum 100,000,000 lamports ({@code MIN_FEES_FOR_SPLIT}), root minimum 150,000 (the 50,000 buy overhead plus
     * the 100,000 minimum buy), 60 s between collections.
     */
    public static SplitConfig asdfProgramDefaults() {
        return new SplitConfig(5520, 100, Lamports.of(100_000_000L), Lamports.of(150_000L), Duration.ofSeconds(60));
    }
}

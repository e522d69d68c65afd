package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import java.util.Objects;

/**
 * How a secondary's allocation is divided, with the on-chain program's integer math (onchain-spec §6.1): the kept
 * share is {@code floor(allocation × fee_split_bps / 10000)}, the root share is the rest (so rounding dust goes to the
 * root), and the dev fee is {@code floor(kept × dev_fee_bps / 10000)}, paid out of the kept share.
 *
 * @param buyBudget what the token itself gets to buy back and burn: kept minus dev fee
 */
public record SecondarySplit(Lamports allocation, Lamports toRoot, Lamports kept, Lamports devFee, Lamports buyBudget) {
    public SecondarySplit {
        Objects.requireNonNull(allocation, "allocation");
        if (toRoot.value() + kept.value() != allocation.value() || devFee.value() + buyBudget.value() != kept.value()) {
            throw new IllegalArgumentException("split parts do not add up: " + toRoot + " + " + kept + " != " + allocation
                    + " or " + devFee + " + " + buyBudget + " != " + kept);
        }
    }

    public static SecondarySplit of(Lamports allocation, SplitConfig config) {
        Lamports kept = allocation.mulDiv(config.feeSplitBps(), SplitConfig.BPS_DENOMINATOR);
        Lamports toRoot = allocation.minus(kept);
        Lamports devFee = kept.mulDiv(config.devFeeBps(), SplitConfig.BPS_DENOMINATOR);
        return new SecondarySplit(allocation, toRoot, kept, devFee, kept.minus(devFee));
    }
}

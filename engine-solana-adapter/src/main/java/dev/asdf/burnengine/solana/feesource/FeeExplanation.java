package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the fee source concludes from one transaction: what it credits, what it refuses, what stays
 * unattributed, and the vault deltas it checked against. {@code engine-cli fees explain} prints exactly this.
 *
 * @param vaultDeltas the change of each creator vault in the transaction (lamports; WSOL base units for the AMM vault)
 */
public record FeeExplanation(TxSignature signature, long slot, Instant blockTime, boolean failed,
        List<FeeCredit> credits, List<FeeRejection> rejections, List<UnattributedDeposit> unattributed,
        Map<FeeVault, Long> vaultDeltas) {

    public FeeExplanation {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(blockTime, "blockTime");
        credits = List.copyOf(credits);
        rejections = List.copyOf(rejections);
        unattributed = List.copyOf(unattributed);
        vaultDeltas = Map.copyOf(vaultDeltas);
    }

    /** The credits as the core's fee events. */
    public List<FeeEvent> events() {
        return credits.stream().map(c -> new FeeEvent(c.id(), c.mint(), Lamports.of(c.lamports()), c.vault(), slot,
                blockTime)).toList();
    }
}

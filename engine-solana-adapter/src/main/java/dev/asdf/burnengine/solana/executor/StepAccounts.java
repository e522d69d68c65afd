package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import java.util.List;
import java.util.Objects;

/**
 * The accounts whose balance changes tell what a confirmed step did (read by {@link OutcomeReader}).
 *
 * @param authority the account that spends the step's lamports and holds the bought tokens
 * @param sources accounts the step sweeps into the authority (the creator vault, the root treasury on the root's
 *     collect); what they lose was received, not spent
 * @param rootShare where a secondary's root share goes (empty for the root)
 * @param devFee where the dev fee goes (empty for the root)
 * @param sendingCosts accounts paid for sending the step (Jito tip accounts): what they receive is a cost of sending,
 *     like the network fee, not the step's spending
 */
public record StepAccounts(Address authority, Address mint, List<Address> sources, List<Address> rootShare,
        List<Address> devFee, List<Address> sendingCosts) {
    public StepAccounts {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(mint, "mint");
        sources = List.copyOf(sources);
        rootShare = List.copyOf(rootShare);
        devFee = List.copyOf(devFee);
        sendingCosts = List.copyOf(sendingCosts);
    }

    /** A step that pays nothing for its sending but the network fee. */
    public StepAccounts(Address authority, Address mint, List<Address> sources, List<Address> rootShare,
            List<Address> devFee) {
        this(authority, mint, sources, rootShare, devFee, List.of());
    }
}

package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfile;

/**
 * pump.fun bonding-curve instructions, with account lists from a {@link ProgramProfile} (onchain-spec §4.6).
 *
 * <p>Public: the executor buys and collects creator fees directly with these.
 */
public final class PumpInstructions {
    private final ProgramProfile profile;

    public PumpInstructions(ProgramProfile profile) {
        this.profile = profile;
    }

    /**
     * {@code buy(amount, max_sol_cost, track_volume)}: the 16 IDL accounts plus the profile's trailing ones (since
     * 2026-04-28: {@code bonding_curve_v2} and the buyback fee recipient, 18 in all).
     */
    public Instruction buy(PumpBuy buy) {
        return profile.instruction("buy")
                .account("fee_recipient", buy.feeRecipient())
                .account("mint", buy.mint())
                .account("associated_user", AssociatedTokenAddress.find(buy.user(), buy.mint(), buy.tokenProgram())
                        .address())
                .account("user", buy.user())
                .account("token_program", buy.tokenProgram())
                .account("creator_vault", PumpAddresses.creatorVault(buy.creator()))
                .account("buyback_fee_recipient", buy.buybackFeeRecipient())
                .args(new BorshWriter(17).u64(buy.amount()).u64(buy.maxSolCost()).bool(buy.trackVolume()))
                .build();
    }

    /**
     * {@code collect_creator_fee()}: moves the creator vault's lamports above rent to the creator. Permissionless
     * (the creator does not sign); fails once the coin uses a fee-sharing config.
     */
    public Instruction collectCreatorFee(Address creator) {
        return profile.instruction("collect_creator_fee")
                .account("creator", creator)
                .account("program", profile.programId())
                .build();
    }
}

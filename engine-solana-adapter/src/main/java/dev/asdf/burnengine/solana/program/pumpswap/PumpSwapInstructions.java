package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.InstructionBuilder;
import dev.asdf.burnengine.solana.profile.ProgramProfile;

/**
 * PumpSwap AMM instructions, with account lists from a {@link ProgramProfile} (onchain-spec §4.6.2, §4.6.4).
 *
 * <p>Public: the executor buys migrated tokens and collects coin-creator fees with these.
 */
public final class PumpSwapInstructions {
    private final ProgramProfile profile;

    public PumpSwapInstructions(ProgramProfile profile) {
        this.profile = profile;
    }

    /**
     * {@code buy(base_amount_out, max_quote_amount_in, track_volume)}: the 23 IDL accounts, then (2026 profile) the
     * cashback ATA for cashback pools, {@code pool_v2} for pools with a coin creator, the buyback fee recipient and its
     * quote ATA: 26 accounts, 27 for cashback coins.
     */
    public Instruction buy(PumpSwapBuy buy) {
        Pool pool = buy.pool();
        InstructionBuilder b = profile.instruction("buy")
                .account("pool", buy.poolAddress())
                .account("user", buy.user())
                .account("global_config", PumpSwapAddresses.GLOBAL_CONFIG)
                .account("base_mint", pool.baseMint())
                .account("quote_mint", pool.quoteMint())
                .account("user_base_token_account", buy.userBaseTokenAccount())
                .account("user_quote_token_account", buy.userQuoteTokenAccount())
                .account("pool_base_token_account", pool.poolBaseTokenAccount())
                .account("pool_quote_token_account", pool.poolQuoteTokenAccount())
                .account("protocol_fee_recipient", buy.protocolFeeRecipient())
                .account("base_token_program", buy.baseTokenProgram())
                .account("quote_token_program", buy.quoteTokenProgram())
                .account("coin_creator_vault_authority",
                        PumpSwapAddresses.coinCreatorVaultAuthority(pool.coinCreator()))
                .account("buyback_fee_recipient", buy.buybackFeeRecipient());
        if (pool.cashbackCoin()) {
            b.include("user_volume_accumulator_quote_ata");
        }
        if (!pool.coinCreator().isZero()) {
            b.include("pool_v2");
        }
        return b.args(new BorshWriter(17).u64(buy.baseAmountOut()).u64(buy.maxQuoteAmountIn()).bool(buy.trackVolume()))
                .build();
    }

    /**
     * {@code collect_coin_creator_fee()}: moves the coin creator's fees from its vault ATA to
     * {@code coinCreatorTokenAccount} (which must exist). Permissionless: the coin creator does not sign.
     */
    public Instruction collectCoinCreatorFee(Address quoteMint, Address quoteTokenProgram, Address coinCreator,
            Address coinCreatorTokenAccount) {
        return profile.instruction("collect_coin_creator_fee")
                .account("quote_mint", quoteMint)
                .account("quote_token_program", quoteTokenProgram)
                .account("coin_creator", coinCreator)
                .account("coin_creator_token_account", coinCreatorTokenAccount)
                .account("program", profile.programId())
                .build();
    }
}

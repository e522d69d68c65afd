package dev.asdf.burnengine.solana.program.asdf;

import static dev.asdf.burnengine.solana.program.asdf.AsdfAddresses.DAT_AUTHORITY;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.InstructionBuilder;
import dev.asdf.burnengine.solana.profile.ProgramProfile;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;

/**
 * Every instruction of the ASDF Burn Engine program (onchain-spec §4.2–4.5), with account lists from its
 * {@link ProgramProfile}: the IDL's order and flags, its PDAs derived, and the pump / PumpSwap accounts the program
 * forwards filled in from their own PDAs.
 *
 * <p>Public: the executor builds cycles and the CLI admin commands with it. Token programs are the mint's owner (SPL
 * Token or Token-2022); wrapped SOL is always SPL Token.
 */
public final class AsdfInstructions {
    private final ProgramProfile profile;

    public AsdfInstructions(ProgramProfile profile) {
        this.profile = profile;
    }

    // ---- cycle -------------------------------------------------------------------------------------------------

    /** {@code collect_fees(is_root_token, for_ecosystem)}: collects the shared pump creator vault. */
    public Instruction collectFees(Address mint, Address rootMint, boolean isRootToken, boolean forEcosystem) {
        return ix("collect_fees")
                .account("token_mint", mint)
                .account("creator_vault", PumpAddresses.creatorVault(DAT_AUTHORITY))
                .account("pump_event_authority", PumpAddresses.EVENT_AUTHORITY)
                .account("pump_swap_program", ProgramIds.PUMP)
                .account("root_treasury", AsdfAddresses.rootTreasury(rootMint))
                .args(new BorshWriter(2).bool(isRootToken).bool(forEcosystem))
                .build();
    }

    /** {@code collect_fees_amm()}: collects the PumpSwap coin-creator vault into the authority's WSOL account. */
    public Instruction collectFeesAmm(Address mint) {
        return ix("collect_fees_amm")
                .account("token_mint", mint)
                .account("wsol_mint", ProgramIds.NATIVE_MINT)
                .account("dat_wsol_account", datWsolAccount())
                .account("creator_vault_authority", PumpSwapAddresses.coinCreatorVaultAuthority(DAT_AUTHORITY))
                .account("creator_vault_ata", PumpSwapAddresses.coinCreatorVaultAta(DAT_AUTHORITY,
                        ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN))
                .account("pump_swap_program", ProgramIds.PUMP_AMM)
                .account("token_program", ProgramIds.SPL_TOKEN)
                .build();
    }

    /** {@code execute_buy(allocated_lamports)}: the root token's bonding-curve buy. */
    public Instruction executeBuy(CurveBuyTarget target, BuyBudget budget) {
        return curveBuy(ix("execute_buy"), target).args(budget(budget)).build();
    }

    /** {@code execute_buy_secondary(allocated_lamports)}: sends the root share to the treasury, buys with the rest. */
    public Instruction executeBuySecondary(CurveBuyTarget target, Address rootMint, BuyBudget budget) {
        return curveBuy(ix("execute_buy_secondary"), target)
                .account("root_treasury", AsdfAddresses.rootTreasury(rootMint))
                .args(budget(budget))
                .build();
    }

    /** {@code execute_buy_amm(desired_tokens, max_sol_cost)}: an exact-output PumpSwap buy with the WSOL balance. */
    public Instruction executeBuyAmm(Address poolAddress, Pool pool, Address baseTokenProgram,
            Address protocolFeeRecipient, long desiredTokens, long maxSolCost) {
        Address base = pool.baseMint();
        return ix("execute_buy_amm")
                .account("dat_token_account", ata(DAT_AUTHORITY, base, baseTokenProgram))
                .account("pool", poolAddress)
                .account("global_config", PumpSwapAddresses.GLOBAL_CONFIG)
                .account("base_mint", base)
                .account("quote_mint", ProgramIds.NATIVE_MINT)
                .account("dat_wsol_account", datWsolAccount())
                .account("pool_base_token_account", pool.poolBaseTokenAccount())
                .account("pool_quote_token_account", pool.poolQuoteTokenAccount())
                .account("protocol_fee_recipient", protocolFeeRecipient)
                .account("protocol_fee_recipient_ata", ata(protocolFeeRecipient, ProgramIds.NATIVE_MINT,
                        ProgramIds.SPL_TOKEN))
                .account("base_token_program", baseTokenProgram)
                .account("quote_token_program", ProgramIds.SPL_TOKEN)
                .account("associated_token_program", ProgramIds.ASSOCIATED_TOKEN)
                .account("event_authority", PumpSwapAddresses.EVENT_AUTHORITY)
                .account("pump_swap_program", ProgramIds.PUMP_AMM)
                .account("coin_creator_vault_ata", PumpSwapAddresses.coinCreatorVaultAta(pool.coinCreator(),
                        ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN))
                .account("coin_creator_vault_authority", PumpSwapAddresses.coinCreatorVaultAuthority(pool.coinCreator()))
                .account("global_volume_accumulator", PumpSwapAddresses.GLOBAL_VOLUME_ACCUMULATOR)
                .account("user_volume_accumulator", PumpSwapAddresses.userVolumeAccumulator(DAT_AUTHORITY))
                .account("fee_config", PumpSwapAddresses.FEE_CONFIG)
                .account("fee_program", ProgramIds.PUMP_FEES)
                .args(new BorshWriter(16).u64(desiredTokens).u64(maxSolCost))
                .build();
    }

    /** {@code finalize_allocated_cycle(actually_participated)}: admin-signed bookkeeping of the token's cycle. */
    public Instruction finalizeAllocatedCycle(Address mint, Address admin, boolean actuallyParticipated) {
        return ix("finalize_allocated_cycle")
                .account("token_stats", AsdfAddresses.tokenStats(mint))
                .account("admin", admin)
                .args(new BorshWriter(1).bool(actuallyParticipated))
                .build();
    }

    /** {@code burn_and_update()}: burns the pending amount from the authority's token account. */
    public Instruction burnAndUpdate(Address mint, Address tokenProgram) {
        return ix("burn_and_update")
                .account("dat_asdf_account", ata(DAT_AUTHORITY, mint, tokenProgram))
                .account("asdf_mint", mint)
                .account("token_program", tokenProgram)
                .build();
    }

    /** {@code transfer_dev_fee(secondary_share)}: 1% of {@code secondaryShare} to the dev wallet. */
    public Instruction transferDevFee(long secondaryShare) {
        return ix("transfer_dev_fee").args(new BorshWriter(8).u64(secondaryShare)).build();
    }

    /** {@code wrap_wsol(amount)}: moves lamports into the authority's WSOL account and syncs it. */
    public Instruction wrapWsol(long amount) {
        return ix("wrap_wsol")
                .account("dat_wsol_account", datWsolAccount())
                .account("wsol_mint", ProgramIds.NATIVE_MINT)
                .args(new BorshWriter(8).u64(amount))
                .build();
    }

    /** {@code unwrap_wsol()}: closes the authority's WSOL account into its lamports. */
    public Instruction unwrapWsol() {
        return ix("unwrap_wsol")
                .account("dat_wsol_account", datWsolAccount())
                .account("token_program", ProgramIds.SPL_TOKEN)
                .build();
    }

    // ---- fee attribution ---------------------------------------------------------------------------------------

    public Instruction updatePendingFees(Address mint, Address admin, long amountLamports) {
        return ix("update_pending_fees")
                .account("mint", mint)
                .account("admin", admin)
                .args(new BorshWriter(8).u64(amountLamports))
                .build();
    }

    public Instruction registerValidatedFees(Address mint, Address admin, long feeAmount, long endSlot, long txCount) {
        return ix("register_validated_fees")
                .account("admin", admin)
                .account("validator_state", AsdfAddresses.validatorState(mint))
                .account("token_stats", AsdfAddresses.tokenStats(mint))
                .args(new BorshWriter(20).u64(feeAmount).u64(endSlot).u32(txCount))
                .build();
    }

    public Instruction initializeValidator(Address mint, Address payer) {
        return ix("initialize_validator")
                .account("bonding_curve", PumpAddresses.bondingCurve(mint))
                .account("mint", mint)
                .account("payer", payer)
                .build();
    }

    public Instruction syncValidatorSlot(Address mint, Address admin) {
        return ix("sync_validator_slot")
                .account("validator_state", AsdfAddresses.validatorState(mint))
                .account("admin", admin)
                .build();
    }

    public Instruction resetValidatorSlot(Address mint, Address admin) {
        return ix("reset_validator_slot")
                .account("validator_state", AsdfAddresses.validatorState(mint))
                .account("admin", admin)
                .build();
    }

    // ---- administration ----------------------------------------------------------------------------------------

    public Instruction initialize(Address admin) {
        return ix("initialize").account("admin", admin).build();
    }

    public Instruction initializeTokenStats(Address mint, Address payer) {
        return ix("initialize_token_stats").account("mint", mint).account("payer", payer).build();
    }

    public Instruction setRootToken(Address rootMint, Address admin) {
        return ix("set_root_token")
                .account("root_token_stats", AsdfAddresses.tokenStats(rootMint))
                .account("admin", admin)
                .args(new BorshWriter(32).pubkey(rootMint))
                .build();
    }

    public Instruction updateParameters(Address admin, ParameterChanges changes) {
        BorshWriter w = new BorshWriter(32);
        changes.writeTo(w);
        return ix("update_parameters").account("admin", admin).args(w).build();
    }

    public Instruction updateFeeSplit(Address admin, int newFeeSplitBps) {
        return ix("update_fee_split").account("admin", admin).args(new BorshWriter(2).u16(newFeeSplitBps)).build();
    }

    /** {@code propose_fee_split}: its {@code new_admin} slot is unused by the program; the admin fills it. */
    public Instruction proposeFeeSplit(Address admin, int newFeeSplitBps) {
        return ix("propose_fee_split").account("admin", admin).account("new_admin", admin)
                .args(new BorshWriter(2).u16(newFeeSplitBps)).build();
    }

    /** {@code execute_fee_split}: its {@code new_admin} slot is unused by the program; the admin fills it. */
    public Instruction executeFeeSplit(Address admin) {
        return ix("execute_fee_split").account("admin", admin).account("new_admin", admin).build();
    }

    public Instruction transferAdmin(Address admin, Address newAdmin) {
        return ix("transfer_admin").account("admin", admin).account("new_admin", newAdmin).build();
    }

    public Instruction proposeAdminTransfer(Address admin, Address newAdmin) {
        return ix("propose_admin_transfer").account("admin", admin).account("new_admin", newAdmin).build();
    }

    public Instruction acceptAdminTransfer(Address newAdmin) {
        return ix("accept_admin_transfer").account("new_admin", newAdmin).build();
    }

    public Instruction cancelAdminTransfer(Address admin) {
        return ix("cancel_admin_transfer").account("admin", admin).build();
    }

    public Instruction emergencyPause(Address admin) {
        return ix("emergency_pause").account("admin", admin).build();
    }

    public Instruction resume(Address admin) {
        return ix("resume").account("admin", admin).build();
    }

    public Instruction recordFailure(Address admin, long errorCode) {
        return ix("record_failure").account("admin", admin).args(new BorshWriter(4).u32(errorCode)).build();
    }

    public Instruction migrateDatState(Address admin) {
        return ix("migrate_dat_state").account("admin", admin).build();
    }

    public Instruction migrateTokenStats(Address mint, Address admin) {
        return ix("migrate_token_stats")
                .account("token_stats", AsdfAddresses.tokenStats(mint))
                .account("mint", mint)
                .account("admin", admin)
                .build();
    }

    public Instruction initializeRebatePool(Address admin) {
        return ix("initialize_rebate_pool").account("admin", admin).build();
    }

    /** {@code deposit_fee_asdf(amount)}: an external app deposits $ASDF; 99.448% to the authority, the rest rebates. */
    public Instruction depositFeeAsdf(Address user, Address payer, Address payerTokenAccount, Address asdfMint,
            Address tokenProgram, long amount) {
        return ix("deposit_fee_asdf")
                .account("user", user)
                .account("payer_token_account", payerTokenAccount)
                .account("dat_asdf_account", ata(DAT_AUTHORITY, asdfMint, tokenProgram))
                .account("rebate_pool_ata", ata(AsdfAddresses.REBATE_POOL, asdfMint, tokenProgram))
                .account("payer", payer)
                .account("token_program", tokenProgram)
                .args(new BorshWriter(8).u64(amount))
                .build();
    }

    public Instruction processUserRebate(Address user, Address admin, Address asdfMint, Address tokenProgram) {
        return ix("process_user_rebate")
                .account("rebate_pool_ata", ata(AsdfAddresses.REBATE_POOL, asdfMint, tokenProgram))
                .account("user", user)
                .account("user_ata", ata(user, asdfMint, tokenProgram))
                .account("admin", admin)
                .account("token_program", tokenProgram)
                .build();
    }

    /** {@code create_pumpfun_token_v2(name, symbol, uri)}: a Token-2022 pump coin created by the authority. */
    public Instruction createPumpfunTokenV2(Address admin, Address mint, String name, String symbol, String uri) {
        return createToken(ix("create_pumpfun_token_v2"), admin, mint, name, symbol, uri);
    }

    /** {@code create_pumpfun_token_mayhem(name, symbol, uri)}: the same in mayhem mode. */
    public Instruction createPumpfunTokenMayhem(Address admin, Address mint, String name, String symbol, String uri) {
        return createToken(ix("create_pumpfun_token_mayhem"), admin, mint, name, symbol, uri);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private InstructionBuilder ix(String name) {
        return profile.instruction(name);
    }

    private static InstructionBuilder curveBuy(InstructionBuilder b, CurveBuyTarget t) {
        Address curve = PumpAddresses.bondingCurve(t.mint());
        return b.account("dat_asdf_account", ata(DAT_AUTHORITY, t.mint(), t.tokenProgram()))
                .account("pool", curve)
                .account("asdf_mint", t.mint())
                .account("pool_asdf_account", ata(curve, t.mint(), t.tokenProgram()))
                .account("pump_global_config", PumpAddresses.GLOBAL)
                .account("protocol_fee_recipient", t.feeRecipient())
                .account("creator_vault", PumpAddresses.creatorVault(t.curveCreator()))
                .account("pump_event_authority", PumpAddresses.EVENT_AUTHORITY)
                .account("pump_swap_program", ProgramIds.PUMP)
                .account("global_volume_accumulator", PumpAddresses.GLOBAL_VOLUME_ACCUMULATOR)
                .account("user_volume_accumulator", PumpAddresses.userVolumeAccumulator(DAT_AUTHORITY))
                .account("fee_config", PumpAddresses.FEE_CONFIG)
                .account("fee_program", ProgramIds.PUMP_FEES)
                .account("token_program", t.tokenProgram());
    }

    private static Instruction createToken(InstructionBuilder b, Address admin, Address mint, String name,
            String symbol, String uri) {
        Address curve = PumpAddresses.bondingCurve(mint);
        Address solVault = ProgramAddress.find(ProgramIds.MAYHEM, "sol-vault").address();
        return b.account("admin", admin)
                .account("mint", mint)
                .account("mint_authority", PumpAddresses.MINT_AUTHORITY)
                .account("bonding_curve", curve)
                .account("associated_bonding_curve", ata(curve, mint, ProgramIds.TOKEN_2022))
                .account("global", PumpAddresses.GLOBAL)
                .account("token_2022_program", ProgramIds.TOKEN_2022)
                .account("mayhem_program", ProgramIds.MAYHEM)
                .account("global_params", ProgramAddress.find(ProgramIds.MAYHEM, "global-params").address())
                .account("sol_vault", solVault)
                .account("mayhem_state", ProgramAddress.find(ProgramIds.MAYHEM, "mayhem-state", mint).address())
                .account("mayhem_token_vault", ata(solVault, mint, ProgramIds.TOKEN_2022))
                .account("event_authority", PumpAddresses.EVENT_AUTHORITY)
                .account("pump_program", ProgramIds.PUMP)
                .args(new BorshWriter(64).string(name).string(symbol).string(uri))
                .build();
    }

    private static BorshWriter budget(BuyBudget budget) {
        BorshWriter w = new BorshWriter(9);
        if (budget instanceof BuyBudget.Allocated a) {
            w.someTag().u64(a.lamports());
        } else {
            w.none();
        }
        return w;
    }

    private static Address datWsolAccount() {
        return ata(DAT_AUTHORITY, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN);
    }

    private static Address ata(Address owner, Address mint, Address tokenProgram) {
        return AssociatedTokenAddress.find(owner, mint, tokenProgram).address();
    }
}

package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpInstructions;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapInstructions;
import dev.asdf.burnengine.solana.program.token.TokenAccount;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects both of the creator's vaults with pump's own instructions (onchain-spec §4.6.3, §4.6.4): pump's
 * {@code collect_creator_fee} when the SOL vault holds more than its rent, and PumpSwap's
 * {@code collect_coin_creator_fee} into the creator's WSOL account, unwrapped at once, when the WSOL vault holds any.
 * A token with a creator-fee sharing config is refused: pump then rejects both collects (6049/6050), and the fees are
 * distributed by the fee program instead.
 */
public final class PumpCollectLeg implements CollectLeg {
    private final SolanaRpc rpc;
    private final PumpInstructions pump = new PumpInstructions(ProgramProfiles.current().pump());
    private final PumpSwapInstructions amm = new PumpSwapInstructions(ProgramProfiles.current().pumpAmm());
    private volatile long emptyRent = -1;

    public PumpCollectLeg(SolanaRpc rpc) {
        this.rpc = rpc;
    }

    @Override
    public Plan plan(Token token, Address creator) {
        EcosystemVaults vaults = EcosystemVaults.of(creator);
        Address sharing = PumpAddresses.sharingConfig(token.mint());
        List<Optional<AccountInfo>> accounts = rpc.accounts(List.of(sharing, vaults.curveVault(), vaults.ammVault()));
        return plan(token, creator, accounts.get(0), accounts.get(1), accounts.get(2), rent());
    }

    /** The plan for already-read accounts: the fee-sharing config, the SOL vault and the WSOL vault of the creator. */
    Plan plan(Token token, Address creator, Optional<AccountInfo> sharing, Optional<AccountInfo> curveVault,
            Optional<AccountInfo> ammVault, long rentExemptEmpty) {
        if (sharing.isPresent()) {
            return new Plan.Refused(new StepError("direct:fee-sharing", token.label() + " has a creator-fee sharing"
                    + " config (" + PumpAddresses.sharingConfig(token.mint()) + "), so pump refuses collect_creator_fee"
                    + " and collect_coin_creator_fee for its creator; its fees are paid out by the fee program's"
                    + " distribute_creator_fees. Remove the token from the ecosystem or revoke the sharing config",
                    RetryClass.PERMANENT));
        }
        EcosystemVaults vaults = EcosystemVaults.of(creator);
        List<Instruction> ixs = new ArrayList<>();
        List<Address> sources = new ArrayList<>();
        if (curveVault.isPresent() && curveVault.get().lamports() > rentExemptEmpty) {
            ixs.add(pump.collectCreatorFee(creator));
            sources.add(vaults.curveVault());
        }
        if (ammVault.isPresent() && wsolAmount(ammVault.get()) > 0) {
            Address wsolAta = AssociatedTokenAddress.find(creator, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN)
                    .address();
            ixs.add(AssociatedTokenInstructions.createIdempotent(creator, creator, ProgramIds.NATIVE_MINT,
                    ProgramIds.SPL_TOKEN));
            ixs.add(amm.collectCoinCreatorFee(ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN, creator, wsolAta));
            ixs.add(TokenInstructions.closeAccount(wsolAta, creator, creator, ProgramIds.SPL_TOKEN));
            sources.add(vaults.ammVault());
        }
        return new Plan.Ready(ixs, List.of(), sources);
    }

    private static long wsolAmount(AccountInfo vault) {
        try {
            return TokenAccount.decode(vault.data()).amount();
        } catch (DecodingException e) {
            return 0;
        }
    }

    private long rent() {
        if (emptyRent < 0) {
            emptyRent = rpc.minimumBalanceForRentExemption(0);
        }
        return emptyRent;
    }
}

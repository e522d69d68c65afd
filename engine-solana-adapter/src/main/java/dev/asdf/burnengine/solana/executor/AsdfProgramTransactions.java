package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.asdf.AsdfInstructions;
import dev.asdf.burnengine.solana.program.asdf.BuyBudget;
import dev.asdf.burnengine.solana.program.asdf.CurveBuyTarget;
import dev.asdf.burnengine.solana.program.asdf.DatState;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ASDF Burn Engine program's cycle (onchain-spec §4.3, §5.1), one transaction per step, the admin key paying and
 * signing: the collecting step starts with {@code collect_fees(is_root_token, true)}; a secondary then runs
 * {@code execute_buy_secondary(allocation)}, {@code finalize_allocated_cycle(true)}, {@code burn_and_update} and
 * {@code transfer_dev_fee(kept share)}; the root {@code execute_buy(allocation)}, finalize and burn.
 *
 * <p>Tokens on PumpSwap are refused (PERMANENT): the deployed program's AMM path cannot succeed (onchain-spec §0.2,
 * §0.3, §0.5). The root mint comes from {@code DATState}; the curve's creator and pump's fee recipient from chain.
 */
public final class AsdfProgramTransactions implements StepTransactions {
    private final SolanaRpc rpc;
    private final Ed25519Keypair admin;
    private final AsdfInstructions asdf;

    public AsdfProgramTransactions(SolanaRpc rpc, Ed25519Keypair admin) {
        this.rpc = rpc;
        this.admin = admin;
        this.asdf = new AsdfInstructions(ProgramProfiles.current().asdf());
    }

    @Override
    public StepBuild build(CycleStep step) {
        Address mint = step.token().mint();
        if (step.token().market() == Market.AMM) {
            return refuse("asdf:amm-unsupported", step.token().label() + " trades on PumpSwap, and the deployed ASDF"
                    + " program's AMM cycle cannot succeed (onchain-spec §0.2-0.5); use strategy direct or upgrade the"
                    + " program", RetryClass.PERMANENT);
        }
        List<Optional<AccountInfo>> accounts = rpc.accounts(List.of(AsdfAddresses.DAT_STATE, PumpAddresses.GLOBAL,
                PumpAddresses.bondingCurve(mint)));
        if (accounts.get(0).isEmpty() || accounts.get(1).isEmpty() || accounts.get(2).isEmpty()) {
            return refuse("asdf:account-missing", "cannot build the cycle of " + step.token().label() + ": "
                    + (accounts.get(0).isEmpty() ? "DATState " + AsdfAddresses.DAT_STATE
                    : accounts.get(1).isEmpty() ? "pump Global " + PumpAddresses.GLOBAL
                    : "bonding curve " + PumpAddresses.bondingCurve(mint)) + " does not exist on this cluster; check"
                    + " rpc.endpoints points at the cluster the program is deployed on", RetryClass.PERMANENT);
        }
        DatState dat;
        PumpGlobal global;
        BondingCurve curve;
        try {
            dat = DatState.decode(accounts.get(0).get().data());
            global = PumpGlobal.decode(accounts.get(1).get().data());
            curve = BondingCurve.decode(accounts.get(2).get().data());
        } catch (DecodingException e) {
            return refuse("asdf:layout", "an account of " + step.token().label() + "'s cycle no longer has the layout"
                    + " this engine knows: " + e.getMessage(), RetryClass.PROTOCOL_DRIFT);
        }
        Optional<Address> root = dat.rootTokenMint();
        if (root.isEmpty()) {
            return refuse("asdf:no-root", "DATState has no root token; set one with set_root_token before running"
                    + " cycles", RetryClass.PERMANENT);
        }
        Address tokenProgram = ProgramIds.of(step.token().program());
        CurveBuyTarget target = new CurveBuyTarget(mint, curve.creator(), tokenProgram, global.feeRecipients().get(0));
        List<Instruction> ixs = new ArrayList<>();
        if (step instanceof CycleStep.RootBuyback r) {
            if (r.collects()) {
                ixs.add(asdf.collectFees(mint, root.get(), true, true));
            }
            ixs.add(asdf.executeBuy(target, BuyBudget.allocated(r.allocation().value())));
            ixs.add(asdf.finalizeAllocatedCycle(mint, admin.address(), true));
            ixs.add(asdf.burnAndUpdate(mint, tokenProgram));
        } else {
            CycleStep.SecondaryBuyback s = (CycleStep.SecondaryBuyback) step;
            if (s.collects()) {
                ixs.add(asdf.collectFees(mint, root.get(), false, true));
            }
            ixs.add(asdf.executeBuySecondary(target, root.get(), BuyBudget.allocated(s.allocation().value())));
            ixs.add(asdf.finalizeAllocatedCycle(mint, admin.address(), true));
            ixs.add(asdf.burnAndUpdate(mint, tokenProgram));
            ixs.add(asdf.transferDevFee(s.split().kept().value()));
        }
        return new StepBuild.Built(new StepTransaction(ixs, List.of(admin), accountsFor(step, root.get())));
    }

    @Override
    public StepAccounts accounts(CycleStep step) {
        return accountsFor(step, null);
    }

    private StepAccounts accountsFor(CycleStep step, Address knownRoot) {
        Address mint = step.token().mint();
        List<Address> sources = new ArrayList<>();
        if (step.collects()) {
            sources.add(PumpAddresses.creatorVault(AsdfAddresses.DAT_AUTHORITY));
        }
        if (step instanceof CycleStep.RootBuyback) {
            if (step.collects()) {
                sources.add(AsdfAddresses.rootTreasury(mint));
            }
            return new StepAccounts(AsdfAddresses.DAT_AUTHORITY, mint, sources, List.of(), List.of());
        }
        Address root = knownRoot != null ? knownRoot : rootMint();
        return new StepAccounts(AsdfAddresses.DAT_AUTHORITY, mint, sources, List.of(AsdfAddresses.rootTreasury(root)),
                List.of(AsdfAddresses.DEV_WALLET));
    }

    private Address rootMint() {
        return rpc.account(AsdfAddresses.DAT_STATE).map(a -> DatState.decode(a.data())).flatMap(DatState::rootTokenMint)
                .orElseThrow(() -> new IllegalStateException("DATState " + AsdfAddresses.DAT_STATE + " names no root"
                        + " token, so a secondary's root share cannot be read; set the root with set_root_token"));
    }

    private static StepBuild refuse(String code, String message, RetryClass retryClass) {
        return new StepBuild.Unbuildable(new StepError(code, message, retryClass));
    }
}

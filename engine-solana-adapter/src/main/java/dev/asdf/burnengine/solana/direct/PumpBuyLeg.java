package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpBuy;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pump.PumpInstructions;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapBuy;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.program.token.TokenAccount;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import dev.asdf.burnengine.solana.quote.BondingCurveQuote;
import dev.asdf.burnengine.solana.quote.PumpSwapQuote;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Buys with pump's current instructions, quoted from state read just now: the bonding curve's {@code buy} while the
 * curve trades, PumpSwap's {@code buy} on the canonical pool once it has migrated (the curve's {@code complete} flag is
 * read here, not taken from the plan). Fee recipients, buyback recipients and fee rates come from {@code Global},
 * {@code GlobalConfig} and the fee program's {@code FeeConfig} on every build, never from constants. On PumpSwap the
 * cap is wrapped into the buyer's WSOL account before the buy and the account is closed after it, so every unspent
 * lamport returns to the buyer in the same transaction.
 */
public final class PumpBuyLeg implements BuyLeg {
    private final SolanaRpc rpc;
    private final RandomGenerator random;
    private final PumpInstructions pump = new PumpInstructions(ProgramProfiles.current().pump());
    private final PumpSwapInstructions amm = new PumpSwapInstructions(ProgramProfiles.current().pumpAmm());

    /** @param random picks among the equivalent fee recipients, spreading write locks as the SDK does */
    public PumpBuyLeg(SolanaRpc rpc, RandomGenerator random) {
        this.rpc = rpc;
        this.random = random;
    }

    @Override
    public Plan plan(Request request) {
        Address mint = request.token().mint();
        List<Optional<AccountInfo>> a = rpc.accounts(List.of(PumpAddresses.GLOBAL, PumpAddresses.bondingCurve(mint),
                PumpAddresses.FEE_CONFIG, mint));
        if (a.get(3).isEmpty()) {
            return refused("direct:account-missing", "mint " + mint + " of " + request.token().label() + " does not"
                    + " exist on this cluster; check rpc.endpoints", RetryClass.PERMANENT);
        }
        try {
            MintAccount mintAccount = MintAccount.decode(a.get(3).get().data());
            Optional<BondingCurve> curve = a.get(1).map(i -> BondingCurve.decode(i.data()));
            if (curve.isPresent() && !curve.get().migrated()) {
                if (a.get(0).isEmpty()) {
                    return refused("direct:account-missing", "pump Global " + PumpAddresses.GLOBAL + " does not exist"
                            + " on this cluster; check rpc.endpoints", RetryClass.PERMANENT);
                }
                return curveBuy(request, PumpGlobal.decode(a.get(0).get().data()), curve.get(),
                        a.get(2).map(i -> FeeConfig.decode(i.data())), mintAccount);
            }
            return poolBuy(request, mintAccount);
        } catch (DecodingException e) {
            return refused("direct:layout", "an account of " + request.token().label() + "'s buy no longer has the"
                    + " layout this engine knows: " + e.getMessage() + "; pump changed its accounts, update the engine",
                    RetryClass.PROTOCOL_DRIFT);
        }
    }

    /** The bonding-curve buy for decoded state (tests feed fixtures here). */
    Plan curveBuy(Request request, PumpGlobal global, BondingCurve curve, Optional<FeeConfig> feeConfig,
            MintAccount mint) {
        Fees rates = feeConfig.map(c -> BondingCurveQuote.feeRates(global, c, curve, mint.supply()))
                .orElseGet(() -> BondingCurveQuote.feeRates(global, curve));
        DirectQuotes.Sized sized = DirectQuotes.curve(curve, rates, request.budget().value(), request.slippageBps());
        if (sized.tokens() == 0) {
            return tooSmall(request);
        }
        List<Address> recipients = curve.mayhemMode() ? global.reservedFeeRecipients() : global.feeRecipients();
        Address tokenProgram = ProgramIds.of(request.token().program());
        Address user = request.buyer();
        List<Instruction> ixs = new ArrayList<>();
        ixs.add(AssociatedTokenInstructions.createIdempotent(user, user, request.token().mint(), tokenProgram));
        ixs.add(pump.buy(new PumpBuy(request.token().mint(), user, curve.creator(), pick(recipients),
                pick(global.buybackFeeRecipients()), tokenProgram, sized.tokens(), sized.maxCost(), true)));
        return new Plan.Ready(ixs, List.of(), TokenAmount.of(sized.tokens()), Lamports.of(sized.maxCost()),
                Lamports.of(sized.cost()));
    }

    private Plan poolBuy(Request request, MintAccount mint) {
        Address mintAddress = request.token().mint();
        Address poolAddress = PumpSwapAddresses.canonicalPool(mintAddress);
        List<Optional<AccountInfo>> a = rpc.accounts(List.of(PumpSwapAddresses.GLOBAL_CONFIG, poolAddress,
                PumpSwapAddresses.FEE_CONFIG));
        if (a.get(0).isEmpty() || a.get(1).isEmpty()) {
            return refused("direct:account-missing", request.token().label() + " has no trading bonding curve and "
                    + (a.get(0).isEmpty() ? "PumpSwap GlobalConfig " + PumpSwapAddresses.GLOBAL_CONFIG
                    : "its canonical PumpSwap pool " + poolAddress) + " does not exist; check rpc.endpoints",
                    RetryClass.PERMANENT);
        }
        Pool pool = Pool.decode(a.get(1).get().data());
        List<Optional<AccountInfo>> reserves = rpc.accounts(List.of(pool.poolBaseTokenAccount(),
                pool.poolQuoteTokenAccount()));
        if (reserves.get(0).isEmpty() || reserves.get(1).isEmpty()) {
            return refused("direct:account-missing", "a token account of pool " + poolAddress + " is missing",
                    RetryClass.PERMANENT);
        }
        return poolBuy(request, poolAddress, pool, GlobalConfig.decode(a.get(0).get().data()),
                a.get(2).map(i -> FeeConfig.decode(i.data())), mint,
                TokenAccount.decode(reserves.get(0).get().data()).amount(),
                TokenAccount.decode(reserves.get(1).get().data()).amount());
    }

    /** The PumpSwap buy for decoded state (tests feed fixtures here). */
    Plan poolBuy(Request request, Address poolAddress, Pool pool, GlobalConfig global, Optional<FeeConfig> feeConfig,
            MintAccount mint, long baseReserve, long quoteReserve) {
        if (!pool.quoteMint().equals(ProgramIds.NATIVE_MINT)) {
            return refused("direct:quote-mint", "pool " + poolAddress + " of " + request.token().label() + " is quoted"
                    + " in " + pool.quoteMint() + ", not WSOL; direct mode buys with SOL only", RetryClass.PERMANENT);
        }
        if (baseReserve == 0 || quoteReserve == 0) {
            return refused("direct:empty-pool", "pool " + poolAddress + " has an empty reserve (base " + baseReserve
                    + ", quote " + quoteReserve + ")", RetryClass.TRANSIENT);
        }
        Fees rates = feeConfig.map(c -> PumpSwapQuote.feeRates(global, c, pool, mint.supply(), baseReserve,
                quoteReserve)).orElseGet(() -> PumpSwapQuote.feeRates(global));
        DirectQuotes.Sized sized = DirectQuotes.pool(pool, baseReserve, quoteReserve, rates, request.budget().value(),
                request.slippageBps());
        if (sized.tokens() == 0) {
            return tooSmall(request);
        }
        Address user = request.buyer();
        Address baseProgram = ProgramIds.of(request.token().program());
        Address userBase = AssociatedTokenAddress.find(user, pool.baseMint(), baseProgram).address();
        Address userQuote = AssociatedTokenAddress.find(user, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN).address();
        List<Address> recipients = pool.mayhemMode() ? global.reservedFeeRecipients() : global.protocolFeeRecipients();
        List<Instruction> ixs = new ArrayList<>();
        // the SDK's order (buyInstructionsNoPool): wrap the cap, create the base account, buy, unwrap the rest
        ixs.add(AssociatedTokenInstructions.createIdempotent(user, user, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN));
        ixs.add(SystemInstructions.transfer(user, userQuote, Lamports.of(sized.maxCost())));
        ixs.add(TokenInstructions.syncNative(userQuote, ProgramIds.SPL_TOKEN));
        ixs.add(AssociatedTokenInstructions.createIdempotent(user, user, pool.baseMint(), baseProgram));
        ixs.add(amm.buy(new PumpSwapBuy(poolAddress, pool, user, userBase, userQuote, baseProgram, ProgramIds.SPL_TOKEN,
                pick(recipients), pick(global.buybackFeeRecipients()), sized.tokens(), sized.maxCost(), true)));
        ixs.add(TokenInstructions.closeAccount(userQuote, user, user, ProgramIds.SPL_TOKEN));
        return new Plan.Ready(ixs, List.of(), TokenAmount.of(sized.tokens()), Lamports.of(sized.maxCost()),
                Lamports.of(sized.cost()));
    }

    private Address pick(List<Address> recipients) {
        List<Address> set = recipients.stream().filter(r -> !r.isZero()).toList();
        if (set.isEmpty()) {
            throw new DecodingException("the program's recipient list is empty or all-zero; pump's Global or"
                    + " GlobalConfig changed, update the engine");
        }
        return set.get(random.nextInt(set.size()));
    }

    private static Plan tooSmall(Request request) {
        return refused("direct:budget-too-small", "a budget of " + request.budget() + " buys no whole token of "
                + request.token().label() + " after the slippage allowance; it waits for more fees",
                RetryClass.TRANSIENT);
    }

    private static Plan refused(String code, String message, RetryClass retryClass) {
        return new Plan.Refused(new StepError(code, message, retryClass));
    }
}

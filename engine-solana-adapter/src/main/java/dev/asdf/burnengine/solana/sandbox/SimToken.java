package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import java.math.BigInteger;

/** One simulated token: its bonding curve (pump's initial reserves), its pool once it migrated, its supply. */
final class SimToken {
    static final long TOTAL_SUPPLY = 1_000_000_000_000_000L;
    static final long INITIAL_VIRTUAL_TOKENS = 1_073_000_000_000_000L;
    static final long INITIAL_VIRTUAL_SOL = 30_000_000_000L;
    static final long INITIAL_REAL_TOKENS = 793_100_000_000_000L;
    static final long MIGRATED_POOL_TOKENS = 206_900_000_000_000L;
    private static final Address NO_QUOTE_MINT = Address.of(new byte[32]);

    final Token facts;
    Market market;
    long virtualTokens = INITIAL_VIRTUAL_TOKENS;
    long virtualSol = INITIAL_VIRTUAL_SOL;
    long realTokens = INITIAL_REAL_TOKENS;
    long realSol;
    long poolTokens;
    long poolSol;
    long supply = TOTAL_SUPPLY;
    long burned;

    SimToken(Token facts) {
        this.facts = facts;
        this.market = facts.market();
    }

    Address mint() {
        return facts.mint();
    }

    Token token() {
        return facts.withMarket(market);
    }

    boolean onCurve() {
        return market == Market.BONDING_CURVE;
    }

    BondingCurve curve() {
        return new BondingCurve(BondingCurve.Layout.CONFIGURABLE_CREATOR_FEE, virtualTokens, virtualSol, realTokens,
                realSol, TOTAL_SUPPLY, !onCurve(), AsdfAddresses.DAT_AUTHORITY, false, false, NO_QUOTE_MINT, 0, false,
                false);
    }

    Pool pool() {
        Address poolAddress = PumpSwapAddresses.canonicalPool(mint());
        return new Pool(255, 0, PumpAddresses.poolAuthority(mint()), mint(), ProgramIds.NATIVE_MINT,
                PumpSwapAddresses.lpMint(poolAddress), poolAddress, poolAddress, 0, AsdfAddresses.DAT_AUTHORITY, false,
                false, BigInteger.ZERO, 0, false, false);
    }

    /** Moves what is left of the curve into a PumpSwap-like pool, as pump does when a curve completes. */
    void migrate() {
        market = Market.AMM;
        poolTokens = MIGRATED_POOL_TOKENS;
        poolSol = Math.max(realSol, 1_000_000_000L);
        virtualTokens = 0;
        realTokens = 0;
    }

    /** Starts the token close to the end of its curve, so the sandbox shows a migration early. */
    void nearlyComplete() {
        long sold = INITIAL_REAL_TOKENS - INITIAL_REAL_TOKENS / 50;
        realTokens -= sold;
        virtualTokens -= sold;
        realSol = 80_000_000_000L;
        virtualSol += realSol;
    }
}

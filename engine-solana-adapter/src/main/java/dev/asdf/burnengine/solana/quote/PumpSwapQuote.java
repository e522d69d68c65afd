package dev.asdf.burnengine.solana.quote;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTierSelection;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import java.math.BigInteger;

/**
 * PumpSwap quotes, the official SDK's formulas (onchain-spec §6.4), exact on u64 values.
 *
 * <p>Public: the executor sizes AMM buys with it and a simulated chain charges with it. The quote reserve includes the
 * pool's {@code virtual_quote_reserves}; the coin-creator fee applies only when the pool has a coin creator.
 */
public final class PumpSwapQuote {
    /** An exact-output buy: the quote it costs before and after fees and the cap with slippage. */
    public record BuyBaseOut(long quoteIn, long totalQuote, long maxQuote) {}

    /** A budgeted buy: the base it yields, the quote it spends before fees and the cap with slippage. */
    public record BuyQuoteIn(long baseOut, long quoteWithoutFees, long maxQuote) {}

    private PumpSwapQuote() {}

    /**
     * The rates a trade on {@code pool} pays when the fee config exists: flat fees for non-canonical pools, else the
     * market-cap tier for the quote mint (market cap {@code floor(Q × supply / B)}, supply one billion tokens for
     * mayhem pools); a configurable per-pool creator rate replaces the creator rate.
     */
    public static Fees feeRates(GlobalConfig global, FeeConfig feeConfig, Pool pool, long baseMintSupply,
            long baseReserve, long quoteReserve) {
        Fees fees;
        if (!isCanonical(pool)) {
            fees = feeConfig.flatFees();
        } else {
            if (baseReserve == 0) {
                throw new IllegalArgumentException("the pool's base reserve is zero; it has no market cap");
            }
            long supply = pool.mayhemMode() ? FeeTierSelection.ONE_BILLION_SUPPLY : baseMintSupply;
            BigInteger quote = U64.big(quoteReserve).add(pool.virtualQuoteReserves());
            BigInteger marketCap = quote.multiply(U64.big(supply)).divide(U64.big(baseReserve));
            fees = FeeTierSelection.forQuoteMint(feeConfig, pool.quoteMint(), marketCap);
        }
        if (global.creatorFeeConfigurable() && pool.creatorFeeBps() != 0) {
            return new Fees(fees.lpFeeBps(), fees.protocolFeeBps(), pool.creatorFeeBps());
        }
        return fees;
    }

    /** The rates without a fee config: GlobalConfig's lp, protocol and coin-creator basis points. */
    public static Fees feeRates(GlobalConfig global) {
        return new Fees(global.lpFeeBasisPoints(), global.protocolFeeBasisPoints(), global.coinCreatorFeeBasisPoints());
    }

    /**
     * Quote for exactly {@code base} tokens out: {@code q = ceil(Q × b / (B − b))}, plus ceil lp, protocol and creator
     * fees; the cap is {@code floor(total × floor((1 + slippage/100) × 10^9) / 10^9)}.
     *
     * @throws IllegalArgumentException for empty reserves or a buy of the whole base reserve or more
     */
    public static BuyBaseOut buyBaseOut(Pool pool, long baseReserve, long quoteReserve, Fees rates, long base,
            double slippagePercent) {
        checkReserves(baseReserve, quoteReserve);
        BigInteger b = U64.big(base);
        BigInteger bReserve = U64.big(baseReserve);
        if (b.compareTo(bReserve) >= 0) {
            throw new IllegalArgumentException("buying " + b + " base tokens needs more than the pool's " + bReserve
                    + " base reserve");
        }
        BigInteger quote = U64.big(quoteReserve).add(pool.virtualQuoteReserves());
        BigInteger numerator = quote.multiply(b);
        BigInteger denominator = bReserve.subtract(b);
        BigInteger q = numerator.add(denominator).subtract(BigInteger.ONE).divide(denominator);
        BigInteger total = q.add(U64.fee(q, rates.lpFeeBps())).add(U64.fee(q, rates.protocolFeeBps()))
                .add(pool.coinCreator().isZero() ? BigInteger.ZERO : U64.fee(q, rates.creatorFeeBps()));
        BigInteger max = total.multiply(slippageFactor(slippagePercent)).divide(BigInteger.valueOf(1_000_000_000));
        return new BuyBaseOut(U64.toU64(q, "quote in"), U64.toU64(total, "total quote"), U64.toU64(max, "max quote"));
    }

    /**
     * Base tokens for a budget of {@code quote} (fees included): {@code eff = floor(S × 10000 / (10000 + fees))},
     * reduced by any excess of {@code eff} plus its ceil fees over {@code S}; {@code b = floor(B × (eff − 1) / (Q +
     * eff − 1))}.
     */
    public static BuyQuoteIn buyQuoteIn(Pool pool, long baseReserve, long quoteReserve, Fees rates, long quote,
            double slippagePercent) {
        checkReserves(baseReserve, quoteReserve);
        boolean creator = !pool.coinCreator().isZero();
        BigInteger s = U64.big(quote);
        long totalBps = rates.lpFeeBps() + rates.protocolFeeBps() + (creator ? rates.creatorFeeBps() : 0);
        BigInteger eff = s.multiply(U64.TEN_THOUSAND).divide(U64.TEN_THOUSAND.add(U64.big(totalBps)));
        BigInteger withFees = eff.add(U64.fee(eff, rates.lpFeeBps())).add(U64.fee(eff, rates.protocolFeeBps()))
                .add(creator ? U64.fee(eff, rates.creatorFeeBps()) : BigInteger.ZERO);
        if (withFees.compareTo(s) > 0) {
            eff = eff.subtract(withFees.subtract(s));
        }
        BigInteger input = eff.subtract(BigInteger.ONE);
        BigInteger quoteReserveTotal = U64.big(quoteReserve).add(pool.virtualQuoteReserves());
        BigInteger denominator = quoteReserveTotal.add(input);
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a budget of " + s + " leaves nothing to trade against the pool");
        }
        BigInteger baseOut = U64.big(baseReserve).multiply(input).divide(denominator);
        BigInteger max = s.multiply(slippageFactor(slippagePercent)).divide(BigInteger.valueOf(1_000_000_000));
        return new BuyQuoteIn(U64.toU64(baseOut, "base out"), U64.toU64(eff, "quote without fees"),
                U64.toU64(max, "max quote"));
    }

    /** Whether the pool is the canonical pool of a migrated pump coin (its creator is pump's pool authority). */
    public static boolean isCanonical(Pool pool) {
        Address authority = PumpAddresses.poolAuthority(pool.baseMint());
        return authority.equals(pool.creator());
    }

    private static BigInteger slippageFactor(double slippagePercent) {
        return BigInteger.valueOf((long) Math.floor((1 + slippagePercent / 100) * 1e9));
    }

    private static void checkReserves(long baseReserve, long quoteReserve) {
        if (baseReserve == 0 || quoteReserve == 0) {
            throw new IllegalArgumentException("a pool reserve is zero (base " + Long.toUnsignedString(baseReserve)
                    + ", quote " + Long.toUnsignedString(quoteReserve) + "); the pool cannot be traded");
        }
    }
}

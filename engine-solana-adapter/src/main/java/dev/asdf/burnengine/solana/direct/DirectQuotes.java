package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.quote.BondingCurveQuote;
import dev.asdf.burnengine.solana.quote.PumpSwapQuote;
import java.math.BigInteger;

/**
 * Sizes an exact-output buy for a lamport budget with the SDK's own formulas (onchain-spec §6.3, §6.4): the tokens
 * are quoted for the budget shrunk by the slippage allowance, the cost is re-quoted for exactly those tokens, and the
 * cap is that cost plus the allowance, never more than the budget. So a price that moves less than the slippage cap
 * still fills, one that moves more fails on chain (pump 6002 / PumpSwap 6004) instead of overpaying.
 */
final class DirectQuotes {
    /**
     * @param tokens exact tokens out (0 when the budget buys nothing)
     * @param cost the fresh quote for {@code tokens}, fees included
     * @param maxCost the on-chain cap: {@code min(budget, cost + floor(cost × slippage / 10000))}
     */
    record Sized(long tokens, long cost, long maxCost) {
        static final Sized NOTHING = new Sized(0, 0, 0);
    }

    private DirectQuotes() {}

    static Sized curve(BondingCurve curve, Fees rates, long budget, int slippageBps) {
        long target = target(budget, slippageBps);
        long tokens = BondingCurveQuote.buyExactSolIn(curve, rates, target);
        if (tokens == 0) {
            return Sized.NOTHING;
        }
        long cost = BondingCurveQuote.buyExactTokensOut(curve, rates, tokens);
        return capped(tokens, cost, budget, slippageBps);
    }

    static Sized pool(Pool pool, long baseReserve, long quoteReserve, Fees rates, long budget, int slippageBps) {
        long target = target(budget, slippageBps);
        if (target <= 1) {
            return Sized.NOTHING;
        }
        long base = PumpSwapQuote.buyQuoteIn(pool, baseReserve, quoteReserve, rates, target, 0).baseOut();
        if (base == 0) {
            return Sized.NOTHING;
        }
        long cost = PumpSwapQuote.buyBaseOut(pool, baseReserve, quoteReserve, rates, base, 0).totalQuote();
        return capped(base, cost, budget, slippageBps);
    }

    /** The budget less the slippage allowance: {@code floor(budget × 10000 / (10000 + slippage))}. */
    static long target(long budget, int slippageBps) {
        return BigInteger.valueOf(budget).multiply(BigInteger.valueOf(10_000))
                .divide(BigInteger.valueOf(10_000L + slippageBps)).longValueExact();
    }

    private static Sized capped(long tokens, long cost, long budget, int slippageBps) {
        if (cost > budget) {
            // rounding of ceil fees and the +1 of the curve can put the exact cost a lamport or two above the target;
            // beyond the budget itself the buy is not made
            return Sized.NOTHING;
        }
        long allowance = BigInteger.valueOf(cost).multiply(BigInteger.valueOf(slippageBps))
                .divide(BigInteger.valueOf(10_000)).longValueExact();
        return new Sized(tokens, cost, Math.min(budget, cost + allowance));
    }
}

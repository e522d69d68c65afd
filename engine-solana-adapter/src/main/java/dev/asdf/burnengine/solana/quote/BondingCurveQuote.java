package dev.asdf.burnengine.solana.quote;

import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTierSelection;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import java.math.BigInteger;

/**
 * pump.fun bonding-curve quotes, the official SDK's formulas (onchain-spec §6.3), exact on u64 values.
 *
 * <p>Public: the executor sizes buys with it and a simulated chain charges with it. A migrated curve
 * ({@code virtual_token_reserves == 0}) quotes zero, as the SDK does.
 */
public final class BondingCurveQuote {
    private BondingCurveQuote() {}

    /**
     * The rates a trade on {@code curve} pays when the fee program's config exists (mainnet): the market-cap tier for
     * the curve's quote mint; market cap over {@code mintSupply} for mayhem coins, one billion tokens otherwise; a
     * configurable per-coin creator rate replaces the tier's creator rate.
     */
    public static Fees feeRates(PumpGlobal global, FeeConfig feeConfig, BondingCurve curve, long mintSupply) {
        long supply = curve.mayhemMode() ? mintSupply : FeeTierSelection.ONE_BILLION_SUPPLY;
        Fees tier = FeeTierSelection.forQuoteMint(feeConfig, curve.quoteMint(),
                FeeTierSelection.marketCap(curve.virtualQuoteReserves(), supply, curve.virtualTokenReserves()));
        return withCoinCreatorRate(global, curve, tier);
    }

    /** The rates when no fee config exists: {@code Global}'s fee and creator-fee basis points. */
    public static Fees feeRates(PumpGlobal global, BondingCurve curve) {
        return withCoinCreatorRate(global, curve, new Fees(0, global.feeBasisPoints(), global.creatorFeeBasisPoints()));
    }

    /**
     * Tokens bought for exactly {@code lamports} (fees included): {@code input = floor((S − 1) × 10000 / (10000 +
     * protocol + creator))}, {@code tokens = min(floor(input × vt / (vq + input)), real_token_reserves)}.
     */
    public static long buyExactSolIn(BondingCurve curve, Fees rates, long lamports) {
        if (lamports == 0 || curve.virtualTokenReserves() == 0) {
            return 0;
        }
        long totalBps = rates.protocolFeeBps() + (curve.hasCreator() ? rates.creatorFeeBps() : 0);
        BigInteger input = U64.big(lamports).subtract(BigInteger.ONE).multiply(U64.TEN_THOUSAND)
                .divide(U64.big(totalBps).add(U64.TEN_THOUSAND));
        BigInteger vt = U64.big(curve.virtualTokenReserves());
        BigInteger tokens = input.multiply(vt).divide(U64.big(curve.virtualQuoteReserves()).add(input));
        return U64.toU64(tokens.min(U64.big(curve.realTokenReserves())), "tokens out");
    }

    /**
     * Lamports a {@code buy} of exactly {@code tokens} charges, fees included (what {@code max_sol_cost} must cover):
     * {@code n = min(tokens, real)}, {@code cost = floor(n × vq / (vt − n)) + 1}, plus {@code ceil} protocol and
     * creator fees on the cost.
     *
     * @throws IllegalArgumentException when {@code tokens} would drain the virtual reserves
     */
    public static long buyExactTokensOut(BondingCurve curve, Fees rates, long tokens) {
        if (tokens == 0 || curve.virtualTokenReserves() == 0) {
            return 0;
        }
        BigInteger n = U64.big(tokens).min(U64.big(curve.realTokenReserves()));
        BigInteger denominator = U64.big(curve.virtualTokenReserves()).subtract(n);
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("buying " + n + " tokens would take all " + Long.toUnsignedString(
                    curve.virtualTokenReserves()) + " virtual token reserves; the curve cannot sell that many");
        }
        BigInteger cost = n.multiply(U64.big(curve.virtualQuoteReserves())).divide(denominator).add(BigInteger.ONE);
        return U64.toU64(cost.add(fees(curve, rates, cost)), "buy cost");
    }

    /** Lamports received for selling {@code tokens}: {@code floor(n × vq / (vt + n))} minus the fees on it. */
    public static long sellExactTokensIn(BondingCurve curve, Fees rates, long tokens) {
        if (tokens == 0 || curve.virtualTokenReserves() == 0) {
            return 0;
        }
        BigInteger n = U64.big(tokens);
        BigInteger out = n.multiply(U64.big(curve.virtualQuoteReserves()))
                .divide(U64.big(curve.virtualTokenReserves()).add(n));
        return U64.toU64(out.subtract(fees(curve, rates, out)), "sell proceeds");
    }

    /**
     * The SDK's slippage cap on the SOL side: {@code S + floor(S × floor(slippagePercent × 10) / 1000)}.
     */
    public static long maxSolCost(long lamports, double slippagePercent) {
        BigInteger s = U64.big(lamports);
        BigInteger tenths = BigInteger.valueOf((long) Math.floor(slippagePercent * 10));
        return U64.toU64(s.add(s.multiply(tenths).divide(BigInteger.valueOf(1000))), "max sol cost");
    }

    private static BigInteger fees(BondingCurve curve, Fees rates, BigInteger amount) {
        BigInteger protocol = U64.fee(amount, rates.protocolFeeBps());
        return curve.hasCreator() ? protocol.add(U64.fee(amount, rates.creatorFeeBps())) : protocol;
    }

    private static Fees withCoinCreatorRate(PumpGlobal global, BondingCurve curve, Fees schedule) {
        if (!global.creatorFeeConfigurable() || curve.creatorFeeBps() == 0) {
            return schedule;
        }
        return new Fees(schedule.lpFeeBps(), schedule.protocolFeeBps(), curve.creatorFeeBps());
    }
}

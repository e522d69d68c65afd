package dev.asdf.burnengine.solana.program.pumpfees;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.math.BigInteger;
import java.util.List;

/**
 * Which fees a trade pays (onchain-spec §6.2), as the fee program and the official SDKs select them.
 *
 * <p>Public: the quotes and a simulated chain use it. SOL-like quotes (all-zero key, WSOL, Token-2022 native mint) pay
 * the market-cap tier of {@code fee_tiers}; USDC pays {@code stable_fee_tiers} (or {@code fee_tiers} while empty);
 * other quotes pay {@code exotic_flat_fees} (or {@code flat_fees} while zero). Non-canonical PumpSwap pools always pay
 * {@code flat_fees}.
 */
public final class FeeTierSelection {
    /** One billion tokens with 6 decimals: the supply pump uses for the market cap of normal coins. */
    public static final long ONE_BILLION_SUPPLY = 1_000_000_000_000_000L;
    static final Address NATIVE_MINT_2022 = Address.parse("9pan9bMn5HatX4EJdBwg9VgCa7Uz5HL8N1m5D3NdXejP");
    static final Address USDC = Address.parse("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

    private FeeTierSelection() {}

    /**
     * The tier for {@code marketCap}: the first tier below the first threshold, else the last tier whose threshold is
     * at most the market cap.
     *
     * @throws IllegalArgumentException for an empty tier list (the program rejects such a config)
     */
    public static Fees tier(List<FeeTier> tiers, BigInteger marketCap) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("the fee config has no fee tiers; the fee program never stores an empty"
                    + " list, so the account is not a FeeConfig or is corrupted");
        }
        if (marketCap.compareTo(tiers.get(0).marketCapThreshold()) < 0) {
            return tiers.get(0).fees();
        }
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (marketCap.compareTo(tiers.get(i).marketCapThreshold()) >= 0) {
                return tiers.get(i).fees();
            }
        }
        return tiers.get(0).fees();
    }

    /** The schedule of a canonical curve or pool quoted in {@code quoteMint} (all-zero key = SOL). */
    public static Fees forQuoteMint(FeeConfig config, Address quoteMint, BigInteger marketCap) {
        if (isSolLike(quoteMint)) {
            return tier(config.feeTiers(), marketCap);
        }
        if (quoteMint.equals(USDC)) {
            return tier(config.stableFeeTiers().isEmpty() ? config.feeTiers() : config.stableFeeTiers(), marketCap);
        }
        return config.exoticFlatFees().isZero() ? config.flatFees() : config.exoticFlatFees();
    }

    /** The market cap of a curve: {@code floor(virtualQuote × supply / virtualToken)} (u64 operands, exact). */
    public static BigInteger marketCap(long virtualQuoteReserves, long supply, long virtualTokenReserves) {
        if (virtualTokenReserves == 0) {
            throw new IllegalArgumentException("virtual token reserves are zero: the curve has migrated and has no"
                    + " market cap on the bonding curve");
        }
        return unsigned(virtualQuoteReserves).multiply(unsigned(supply)).divide(unsigned(virtualTokenReserves));
    }

    public static boolean isSolLike(Address quoteMint) {
        return quoteMint.isZero() || quoteMint.equals(ProgramIds.NATIVE_MINT) || quoteMint.equals(NATIVE_MINT_2022);
    }

    static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }
}

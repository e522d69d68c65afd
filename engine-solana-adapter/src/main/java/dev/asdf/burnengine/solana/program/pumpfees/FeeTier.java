package dev.asdf.burnengine.solana.program.pumpfees;

import java.math.BigInteger;
import java.util.Objects;

/** One market-cap tier: the rates that apply from {@code marketCapThreshold} (u128, quote base units) upwards. */
public record FeeTier(BigInteger marketCapThreshold, Fees fees) {
    public FeeTier {
        Objects.requireNonNull(marketCapThreshold, "marketCapThreshold");
        Objects.requireNonNull(fees, "fees");
    }
}

package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.solana.codec.BorshWriter;

/**
 * The four optional arguments of {@code update_parameters}; a parameter not set stays unchanged on chain.
 */
public final class ParameterChanges {
    private Long minFees;
    private Long maxFees;
    private Integer slippageBps;
    private Long minInterval;

    public ParameterChanges minFees(long lamports) {
        this.minFees = lamports;
        return this;
    }

    public ParameterChanges maxFees(long lamports) {
        this.maxFees = lamports;
        return this;
    }

    public ParameterChanges slippageBps(int bps) {
        this.slippageBps = bps;
        return this;
    }

    public ParameterChanges minIntervalSeconds(long seconds) {
        this.minInterval = seconds;
        return this;
    }

    void writeTo(BorshWriter w) {
        optionalU64(w, minFees);
        optionalU64(w, maxFees);
        if (slippageBps == null) {
            w.none();
        } else {
            w.someTag().u16(slippageBps);
        }
        optionalU64(w, minInterval);
    }

    private static void optionalU64(BorshWriter w, Long v) {
        if (v == null) {
            w.none();
        } else {
            w.someTag().u64(v);
        }
    }
}

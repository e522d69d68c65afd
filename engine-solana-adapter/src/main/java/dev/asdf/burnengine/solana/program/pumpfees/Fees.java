package dev.asdf.burnengine.solana.program.pumpfees;

/** Fee rates in basis points (each a u64 on chain; real values are tiny). */
public record Fees(long lpFeeBps, long protocolFeeBps, long creatorFeeBps) {
    public static final Fees ZERO = new Fees(0, 0, 0);

    public boolean isZero() {
        return lpFeeBps == 0 && protocolFeeBps == 0 && creatorFeeBps == 0;
    }
}

package dev.asdf.burnengine.solana.sandbox;

/**
 * One simulated trader action, derived from the seed and its sequence number alone.
 *
 * @param lamports what a buyer spends (fees included), or what a donor sends
 * @param sellShare the share of the circulating supply a seller sells, in millionths
 */
record Trade(long sequence, int token, Kind kind, long lamports, long sellShare) {
    enum Kind {
        BUY,
        SELL,
        /** Lamports sent straight to the creator vault: no trade event, so unattributed. */
        DONATION
    }
}

package dev.asdf.burnengine.core.token;

/** Where a token stands in the ecosystem's split. */
public enum TokenRole {
    /** Burns 100 % of what it is allocated and receives the root share of every secondary. */
    ROOT,
    /** Keeps {@code fee_split_bps} of its allocation for its own buy-back; the rest goes to the root treasury. */
    SECONDARY
}

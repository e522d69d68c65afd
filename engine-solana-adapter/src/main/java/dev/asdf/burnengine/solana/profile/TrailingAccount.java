package dev.asdf.burnengine.solana.profile;

import dev.asdf.burnengine.solana.idl.IdlAccountItem;

/**
 * An account a program requires after the IDL's accounts (Anchor "remaining accounts").
 *
 * @param onlyWhenGiven the account is passed only when the builder names or includes it (e.g. PumpSwap's
 *     {@code pool_v2}, only for pools with a coin creator); otherwise it is always passed
 */
public record TrailingAccount(IdlAccountItem account, boolean onlyWhenGiven) {}

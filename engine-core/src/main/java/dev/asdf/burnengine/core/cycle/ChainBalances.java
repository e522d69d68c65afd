package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.money.Lamports;
import java.util.Objects;

/**
 * The balances a cycle can draw on, net of every reserve the chain adapter must keep (rent, fee reserve, ...).
 *
 * @param curveVault collectable lamports in the pump.fun creator vault
 * @param ammVault collectable lamports (WSOL) in the PumpSwap coin-creator vault
 * @param authorityFloat lamports already collected into the authority and not yet spent
 * @param rootTreasury lamports waiting in the root treasury, swept by the root's collect
 */
public record ChainBalances(Lamports curveVault, Lamports ammVault, Lamports authorityFloat, Lamports rootTreasury) {
    public static final ChainBalances EMPTY = new ChainBalances(Lamports.ZERO, Lamports.ZERO, Lamports.ZERO, Lamports.ZERO);

    public ChainBalances {
        Objects.requireNonNull(curveVault, "curveVault");
        Objects.requireNonNull(ammVault, "ammVault");
        Objects.requireNonNull(authorityFloat, "authorityFloat");
        Objects.requireNonNull(rootTreasury, "rootTreasury");
    }

    /** What pending fees can be paid from: the vaults plus the float (the treasury is not fee money). */
    public Lamports feeFunds() {
        return curveVault.plus(ammVault).plus(authorityFloat);
    }
}

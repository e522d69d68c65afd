package dev.asdf.burnengine.solana;

/** Which Solana the engine talks to. */
public enum Cluster {
    /** The embedded simulated cluster: no network, no real money; the default. */
    SANDBOX,
    /** A local validator or test peer on this machine. */
    LOCALNET,
    DEVNET,
    MAINNET;

    /** Whether real money can move: the checks for keys and thresholds are strict there. */
    public boolean isMainnet() {
        return this == MAINNET;
    }
}

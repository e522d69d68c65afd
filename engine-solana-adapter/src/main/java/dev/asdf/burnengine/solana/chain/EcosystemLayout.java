package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;

/**
 * Where an ecosystem's money and configuration live on chain, for the chain state and the token directory: the ASDF
 * program's accounts ({@link AsdfEcosystemLayout}), or a test profile's.
 */
public interface EcosystemLayout {
    /** The creator whose tokens form the ecosystem, and its two fee vaults. */
    EcosystemVaults vaults();

    /** The account that collects fees and spends them on buy-backs. */
    Address authority();

    /** Where a secondary's root share waits for the root's next collect. */
    Address rootTreasury(Address rootMint);

    /** The split, the last collection and the root, read from chain. */
    ProgramState programState(SolanaRpc rpc);
}

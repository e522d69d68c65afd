package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.token.Token;
import java.util.Optional;

/** Finds the creator's tokens on chain. */
public interface TokenDirectory {

    /** The whole ecosystem as the chain shows it now: creator, tokens (root marked), split configuration. */
    Ecosystem discover();

    /** Describes a mint seen in a fee event that the engine does not know yet, if it belongs to our creator. */
    Optional<Token> describe(Address mint);
}

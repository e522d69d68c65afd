package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ecosystem's on-chain configuration says now.
 *
 * @param rootMint the root token, when one is set
 * @param lastCollectAt the last collection ({@link Instant#EPOCH} = never)
 */
public record ProgramState(SplitConfig split, Instant lastCollectAt, Optional<Address> rootMint) {
    public ProgramState {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(lastCollectAt, "lastCollectAt");
        Objects.requireNonNull(rootMint, "rootMint");
    }
}

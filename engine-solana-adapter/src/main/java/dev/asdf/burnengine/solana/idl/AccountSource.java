package dev.asdf.burnengine.solana.idl;

import dev.asdf.burnengine.core.chain.Address;
import java.util.List;

/** Where an instruction's account comes from: a fixed address, a PDA derivation, or the caller. */
public sealed interface AccountSource {
    record Fixed(Address address) implements AccountSource {}

    /**
     * A PDA of {@code seeds} under {@code program} (a {@link IdlSeed.Const} 32-byte id or an {@link IdlSeed.Account}),
     * or under the instruction's own program when {@code program} is empty.
     */
    record Derived(List<IdlSeed> seeds, List<IdlSeed> program) implements AccountSource {
        public Derived {
            seeds = List.copyOf(seeds);
            program = List.copyOf(program);
        }
    }

    /** The caller must name it. */
    record Given() implements AccountSource {}
}

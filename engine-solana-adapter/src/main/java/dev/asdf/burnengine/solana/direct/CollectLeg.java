package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Instruction;
import java.util.List;
import java.util.Objects;

/**
 * The collect of a direct-mode step: instructions that move the creator's fees into the creator's own wallet.
 * Pluggable for the same reason as {@link BuyLeg}: pump cannot run on LiteSVM.
 */
public interface CollectLeg {

    /** Plans the collection of {@code creator}'s fees, the first step of a cycle. */
    Plan plan(Token token, Address creator);

    sealed interface Plan {
        /**
         * @param sources the accounts the collect drains (their loss is received, not spent, in the outcome)
         */
        record Ready(List<Instruction> instructions, List<Ed25519Keypair> extraSigners, List<Address> sources)
                implements Plan {
            public Ready {
                instructions = List.copyOf(instructions);
                extraSigners = List.copyOf(extraSigners);
                sources = List.copyOf(sources);
            }
        }

        record Refused(StepError error) implements Plan {
            public Refused {
                Objects.requireNonNull(error, "error");
            }
        }
    }
}

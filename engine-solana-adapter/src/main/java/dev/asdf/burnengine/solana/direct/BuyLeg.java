package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Instruction;
import java.util.List;
import java.util.Objects;

/**
 * The buy of a direct-mode step: instructions that leave exactly {@link Plan.Ready#tokens()} of the mint in the
 * buyer's associated token account for at most {@link Plan.Ready#maxCost()} lamports. Pluggable because pump cannot
 * run on LiteSVM: the end-to-end test swaps in a stand-in market while collect, split, burn and journal stay real.
 */
public interface BuyLeg {

    /** Plans a buy of at most {@code request.budget()} lamports, quoted from fresh chain state. */
    Plan plan(Request request);

    /**
     * @param buyer who pays and receives the tokens (the operator's key)
     * @param budget the most the buy may cost, fees and slippage included; the plan's {@code maxCost} never exceeds it
     * @param slippageBps how far above the fresh quote the price may move before the buy fails instead
     */
    record Request(Token token, Address buyer, Lamports budget, int slippageBps) {
        public Request {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(budget, "budget");
        }
    }

    sealed interface Plan {
        /**
         * @param tokens what the buy delivers, exactly: the amount the step burns
         * @param maxCost the cap written into the buy ({@code max_sol_cost} / {@code max_quote_amount_in})
         * @param quote the fresh quote's lamports for {@code tokens} (fees included), for the journal and tests
         */
        record Ready(List<Instruction> instructions, List<Ed25519Keypair> extraSigners, TokenAmount tokens,
                Lamports maxCost, Lamports quote) implements Plan {
            public Ready {
                instructions = List.copyOf(instructions);
                extraSigners = List.copyOf(extraSigners);
                Objects.requireNonNull(tokens, "tokens");
                Objects.requireNonNull(maxCost, "maxCost");
                Objects.requireNonNull(quote, "quote");
            }
        }

        record Refused(StepError error) implements Plan {
            public Refused {
                Objects.requireNonNull(error, "error");
            }
        }
    }
}

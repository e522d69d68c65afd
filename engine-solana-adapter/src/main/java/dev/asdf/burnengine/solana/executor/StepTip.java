package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.solana.message.Instruction;
import java.util.List;
import java.util.Objects;

/**
 * A payment for sending a step, appended as the step transaction's last instruction before it is simulated and
 * signed (a Jito bundle's tip). Being inside the signed bytes, it is paid at most once however often those bytes are
 * resent.
 */
public interface StepTip {
    /** No tip: steps are sent through {@code rpc.endpoints} as they are. */
    StepTip NONE = new StepTip() {
        @Override
        public Plan plan(Address payer) {
            return new Plan.Ready(List.of());
        }

        @Override
        public List<Address> recipients() {
            return List.of();
        }
    };

    /** The tip instructions paid by {@code payer}, or why no tip can be paid now (then nothing is signed). */
    Plan plan(Address payer);

    /**
     * Every account a tip may go to, so that what they receive is read as a cost of sending (like the network fee),
     * not as the step's spending; best effort, may be empty.
     */
    List<Address> recipients();

    sealed interface Plan {
        record Ready(List<Instruction> instructions) implements Plan {
            public Ready {
                instructions = List.copyOf(instructions);
            }
        }

        record Refused(StepError error) implements Plan {
            public Refused {
                Objects.requireNonNull(error, "error");
            }
        }
    }
}

package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import java.util.Objects;

/**
 * Why a token runs or waits in a plan, in words an operator can act on.
 *
 * @param allocation lamports planned for it (zero unless it runs)
 */
public record TokenDecision(Address mint, String label, Verdict verdict, Lamports pending, Lamports allocation, String reason) {
    public TokenDecision {
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(reason, "reason");
        label = label == null ? mint.toString() : label;
    }
}

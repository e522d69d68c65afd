package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * What one token's cycles achieved so far (for metrics and the API).
 *
 * @param consecutiveFailures failed steps since its last confirmed one
 */
public record TokenTotals(Address mint, long stepsConfirmed, long lamportsSpent, long tokensBurned, long sentToRoot,
        long devFees, long stepsFailed, int consecutiveFailures) {
    public TokenTotals {
        Objects.requireNonNull(mint, "mint");
    }

    public static TokenTotals empty(Address mint) {
        return new TokenTotals(mint, 0, 0, 0, 0, 0, 0, 0);
    }

    TokenTotals confirmed(long spent, long burned, long toRoot, long devFee) {
        return new TokenTotals(mint, stepsConfirmed + 1, Math.addExact(lamportsSpent, spent),
                Math.addExact(tokensBurned, burned), Math.addExact(sentToRoot, toRoot), Math.addExact(devFees, devFee),
                stepsFailed, 0);
    }

    TokenTotals failed() {
        return new TokenTotals(mint, stepsConfirmed, lamportsSpent, tokensBurned, sentToRoot, devFees, stepsFailed + 1,
                consecutiveFailures + 1);
    }
}

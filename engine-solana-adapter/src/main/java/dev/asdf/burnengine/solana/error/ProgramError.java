package dev.asdf.burnengine.solana.error;

import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;

/**
 * A decoded failure: which program (by its short label), the code and its name, and how the engine should react.
 *
 * @param code the custom code, or -1 for a runtime (built-in) or transaction-level error
 */
public record ProgramError(String program, long code, String name, String message, RetryClass retryClass) {
    /** The stable code of {@link StepError}: {@code pump:6002:TooMuchSolRequired}, {@code tx:BlockhashNotFound}. */
    public String stableCode() {
        return code >= 0 ? program + ":" + code + ":" + name : program + ":" + name;
    }

    public StepError toStepError() {
        return new StepError(stableCode(), message, retryClass);
    }
}

package dev.asdf.burnengine.core.cycle;

/** How the engine reacts to a failed step; decided by the adapter that decoded the error. */
public enum RetryClass {
    /** Worth retrying later (RPC trouble, slippage, a busy slot): the dead-letter queue schedules retries. */
    TRANSIENT,
    /** Retrying cannot help (a bad account, a missing ATA): dead-lettered until an operator acts. */
    PERMANENT,
    /** The program answered with an error our profile does not know: pause the token and alert. */
    PROTOCOL_DRIFT,
    /** Not a failure of the token: the program refused for now (its collect interval); runs next cycle. */
    NOT_READY
}

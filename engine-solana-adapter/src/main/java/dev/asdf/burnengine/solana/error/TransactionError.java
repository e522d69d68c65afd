package dev.asdf.burnengine.solana.error;

/**
 * A transaction error as the RPC reports it ({@code err} of a signature status, a simulation or a send).
 *
 * <p>Public: the RPC client parses it with {@link TransactionErrors#parse} and the executor decodes it with
 * {@link ErrorDecoder}.
 */
public sealed interface TransactionError {
    /** {@code {"InstructionError": [index, kind]}}: instruction {@code index} failed. */
    record InstructionFailed(int instructionIndex, InstructionErrorKind kind) implements TransactionError {
        public InstructionFailed {
            if (instructionIndex < 0 || instructionIndex > 255) {
                throw new IllegalArgumentException("an instruction index is 0..255, got " + instructionIndex);
            }
        }
    }

    /**
     * Any other error: a bare name ({@code "BlockhashNotFound"}) or a name with a payload
     * ({@code {"InsufficientFundsForRent": {"account_index": 2}}}, payload kept as JSON text).
     */
    record TransactionFailed(String name, String detail) implements TransactionError {}
}

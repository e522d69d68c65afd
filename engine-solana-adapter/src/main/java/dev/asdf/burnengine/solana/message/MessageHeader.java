package dev.asdf.burnengine.solana.message;

/**
 * The three counts that give every static account key its role: the first {@code requiredSignatures} keys sign, the
 * last {@code readonlySigned} of those are read-only, and the last {@code readonlyUnsigned} keys are read-only.
 */
public record MessageHeader(int requiredSignatures, int readonlySigned, int readonlyUnsigned) {
    public MessageHeader {
        if (requiredSignatures < 0 || requiredSignatures > 255 || readonlySigned < 0 || readonlySigned > 255
                || readonlyUnsigned < 0 || readonlyUnsigned > 255) {
            throw new IllegalArgumentException("message header counts are bytes (0..255), got " + requiredSignatures
                    + ", " + readonlySigned + ", " + readonlyUnsigned);
        }
    }
}

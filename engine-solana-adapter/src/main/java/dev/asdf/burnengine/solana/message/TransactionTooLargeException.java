package dev.asdf.burnengine.solana.message;

/**
 * A transaction longer than the 1,232 bytes a Solana packet carries. Public so the executor can catch it and split
 * the batch or switch to a v0 message with a lookup table.
 */
public final class TransactionTooLargeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int size;

    TransactionTooLargeException(int size, String description) {
        super(description + " is " + String.format("%,d", size) + " bytes, " + String.format("%,d", size - Transaction.MAX_SIZE)
                + " bytes over Solana's " + String.format("%,d", Transaction.MAX_SIZE) + "-byte limit; split the"
                + " instructions into several transactions or use a v0 message with an address lookup table");
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** How many bytes must go. */
    public int excess() {
        return size - Transaction.MAX_SIZE;
    }
}

package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Base58;
import java.util.Arrays;

/**
 * The 32-byte recent blockhash a message is bound to (it expires after about 150 blocks).
 *
 * <p>Public because the RPC client reads it from {@code getLatestBlockhash} and the executor passes it in.
 */
public final class Blockhash {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private Blockhash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Blockhash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a blockhash is " + LENGTH + " bytes, got " + bytes.length);
        }
        return new Blockhash(bytes.clone());
    }

    /**
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Blockhash parse(String base58) {
        if (base58 == null || base58.isBlank()) {
            throw new IllegalArgumentException("blockhash is empty; expected 32 bytes in base58");
        }
        byte[] decoded;
        try {
            decoded = Base58.decode(base58.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + base58 + "' is not a blockhash: " + e.getMessage(), e);
        }
        if (decoded.length != LENGTH) {
            throw new IllegalArgumentException("'" + base58 + "' is not a blockhash: it decodes to " + decoded.length
                    + " bytes, a blockhash is " + LENGTH);
        }
        return new Blockhash(decoded);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Blockhash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Base58.encode(bytes);
    }
}

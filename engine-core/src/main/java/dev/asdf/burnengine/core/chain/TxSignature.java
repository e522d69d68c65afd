package dev.asdf.burnengine.core.chain;

import java.util.Arrays;

/** A 64-byte Ed25519 transaction signature, the id of a Solana transaction. */
public final class TxSignature {
    public static final int LENGTH = 64;

    private final byte[] bytes;
    private final int hash;

    private TxSignature(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static TxSignature of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a transaction signature is " + LENGTH + " bytes, got " + bytes.length);
        }
        return new TxSignature(bytes.clone());
    }

    /**
     * Parses the base58 text of a transaction signature.
     *
     * @throws IllegalArgumentException naming the input and what is wrong with it
     */
    public static TxSignature parse(String base58) {
        if (base58 == null || base58.isBlank()) {
            throw new IllegalArgumentException("transaction signature is empty; expected 64 bytes in base58");
        }
        String trimmed = base58.strip();
        byte[] decoded;
        try {
            decoded = Base58.decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + Address.abbreviate(trimmed) + "' is not a transaction signature: " + e.getMessage(), e);
        }
        if (decoded.length != LENGTH) {
            throw new IllegalArgumentException("'" + Address.abbreviate(trimmed) + "' is not a transaction signature: it decodes to "
                    + decoded.length + " bytes, a signature is " + LENGTH + " bytes");
        }
        return new TxSignature(decoded);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TxSignature other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Base58.encode(bytes);
    }
}

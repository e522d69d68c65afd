package dev.asdf.burnengine.solana.crypto;

import dev.asdf.burnengine.core.chain.Address;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 signing key and its Solana address.
 *
 * <p>Public because the executor signs transactions with the fee payer's keypair. The secret never leaves this object:
 * there is no accessor for it and {@link #toString()} shows the public key only.
 */
public final class Ed25519Keypair {
    public static final int SEED_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] seed;
    private final byte[] publicKey;
    private final Address address;

    private Ed25519Keypair(byte[] seed) {
        this.seed = seed;
        this.publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        this.address = Address.of(publicKey);
    }

    /** The keypair of a 32-byte seed (RFC 8032 private key), as {@code Keypair.fromSeed} in web3.js. */
    public static Ed25519Keypair fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is " + SEED_LENGTH + " bytes, got " + seed.length);
        }
        return new Ed25519Keypair(seed.clone());
    }

    /**
     * The keypair of a 64-byte Solana secret key (seed followed by public key), as stored in CLI keypair files.
     *
     * @throws IllegalArgumentException when the length is wrong or the public half does not belong to the seed
     */
    public static Ed25519Keypair fromSecretKey(byte[] secretKey) {
        if (secretKey.length != SEED_LENGTH + Address.LENGTH) {
            throw new IllegalArgumentException("a Solana secret key is 64 bytes (seed + public key), got "
                    + secretKey.length + " bytes");
        }
        Ed25519Keypair keypair = new Ed25519Keypair(Arrays.copyOf(secretKey, SEED_LENGTH));
        byte[] storedPublic = Arrays.copyOfRange(secretKey, SEED_LENGTH, secretKey.length);
        if (!Arrays.equals(storedPublic, keypair.publicKey)) {
            throw new IllegalArgumentException("the secret key's public half " + Address.of(storedPublic)
                    + " does not belong to its private half (which gives " + keypair.address
                    + "); the key is corrupted or was assembled from two different keys");
        }
        return keypair;
    }

    public static Ed25519Keypair generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519Keypair(seed);
    }

    public Address address() {
        return address;
    }

    /** Signs {@code message[offset..offset+length)} into {@code signature[signatureOffset..+64)}. */
    public void sign(byte[] message, int offset, int length, byte[] signature, int signatureOffset) {
        Ed25519.sign(seed, 0, publicKey, 0, message, offset, length, signature, signatureOffset);
    }

    public byte[] sign(byte[] message) {
        byte[] signature = new byte[SIGNATURE_LENGTH];
        sign(message, 0, message.length, signature, 0);
        return signature;
    }

    /** Whether {@code signature} is {@code signer}'s valid Ed25519 signature of {@code message}. */
    public static boolean verify(Address signer, byte[] message, byte[] signature) {
        return verify(signer, message, 0, message.length, signature, 0);
    }

    public static boolean verify(Address signer, byte[] message, int offset, int length, byte[] signature,
            int signatureOffset) {
        if (signature.length - signatureOffset < SIGNATURE_LENGTH) {
            return false;
        }
        return Ed25519.verify(signature, signatureOffset, signer.toBytes(), 0, message, offset, length);
    }

    @Override
    public String toString() {
        return "Ed25519Keypair[" + address + "]";
    }
}

package dev.asdf.burnengine.daemon;

import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Secret keys in the Solana CLI's 64-byte form (seed, then public key), generated for one test and never stored. */
final class TestKeys {
    private TestKeys() {}

    static byte[] secretKey(byte[] seed) {
        byte[] publicKey = Ed25519Keypair.fromSeed(seed).address().toBytes();
        byte[] secret = Arrays.copyOf(seed, 64);
        System.arraycopy(publicKey, 0, secret, 32, 32);
        return secret;
    }

    static byte[] randomSecretKey() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return secretKey(seed);
    }

    /** The JSON array a Solana CLI keypair file holds. */
    static String json(byte[] bytes, String separator) {
        return IntStream.range(0, bytes.length).mapToObj(i -> Integer.toString(bytes[i] & 0xff))
                .collect(Collectors.joining(separator, "[", "]"));
    }
}

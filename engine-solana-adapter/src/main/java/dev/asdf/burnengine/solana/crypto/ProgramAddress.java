package dev.asdf.burnengine.solana.crypto;

import dev.asdf.burnengine.core.chain.Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A program-derived address and its bump seed, and the two derivations of the Solana runtime.
 *
 * <p>Public because every program package and the RPC client derive PDAs. {@code createProgramAddress} is
 * {@code sha256(seeds ‖ programId ‖ "ProgramDerivedAddress")}, valid only when the hash is not an Ed25519 point;
 * {@code findProgramAddress} tries bumps 255 down to 0.
 */
public record ProgramAddress(Address address, int bump) {
    public static final int MAX_SEEDS = 16;
    public static final int MAX_SEED_LENGTH = 32;
    private static final byte[] MARKER = "ProgramDerivedAddress".getBytes(StandardCharsets.US_ASCII);

    public ProgramAddress {
        if (bump < 0 || bump > 255) {
            throw new IllegalArgumentException("a bump seed is 0..255, got " + bump);
        }
    }

    /**
     * The canonical PDA: the first bump from 255 down whose address is off the curve.
     *
     * @throws IllegalArgumentException for more than 15 seeds or a seed longer than 32 bytes
     * @throws IllegalStateException in the astronomically unlikely case that no bump works
     */
    public static ProgramAddress find(List<byte[]> seeds, Address programId) {
        checkSeeds(seeds, MAX_SEEDS - 1);
        byte[] bump = new byte[1];
        byte[] hash = new byte[32];
        for (int b = 255; b >= 0; b--) {
            bump[0] = (byte) b;
            digest(seeds, bump, programId, hash);
            if (!Ed25519.validatePublicKeyPartial(hash, 0)) {
                return new ProgramAddress(Address.of(hash), b);
            }
        }
        throw new IllegalStateException("no bump seed gives an off-curve address for seeds under " + programId);
    }

    /** Convenience: seeds given as UTF-8 strings, {@link Address}es or byte arrays. */
    public static ProgramAddress find(Address programId, Object... seeds) {
        return find(toSeeds(seeds), programId);
    }

    /**
     * The address of exactly these seeds, or empty when it lies on the Ed25519 curve (and is therefore not a PDA).
     *
     * @throws IllegalArgumentException for more than 16 seeds or a seed longer than 32 bytes
     */
    public static Optional<Address> create(List<byte[]> seeds, Address programId) {
        checkSeeds(seeds, MAX_SEEDS);
        byte[] hash = new byte[32];
        digest(seeds, null, programId, hash);
        return Ed25519.validatePublicKeyPartial(hash, 0) ? Optional.empty() : Optional.of(Address.of(hash));
    }

    /** Turns strings (UTF-8), addresses and byte arrays into raw seeds. */
    public static List<byte[]> toSeeds(Object... seeds) {
        byte[][] out = new byte[seeds.length][];
        for (int i = 0; i < seeds.length; i++) {
            Object s = seeds[i];
            if (s instanceof String text) {
                out[i] = text.getBytes(StandardCharsets.UTF_8);
            } else if (s instanceof Address address) {
                out[i] = address.toBytes();
            } else if (s instanceof byte[] bytes) {
                out[i] = bytes;
            } else {
                throw new IllegalArgumentException("seed " + i + " is a " + (s == null ? "null" : s.getClass().getName())
                        + "; a seed is a String, an Address or a byte[]");
            }
        }
        return List.of(out);
    }

    private static void digest(List<byte[]> seeds, byte[] bump, Address programId, byte[] out) {
        SHA256Digest sha = new SHA256Digest();
        for (byte[] seed : seeds) {
            sha.update(seed, 0, seed.length);
        }
        if (bump != null) {
            sha.update(bump, 0, 1);
        }
        byte[] program = programId.toBytes();
        sha.update(program, 0, program.length);
        sha.update(MARKER, 0, MARKER.length);
        sha.doFinal(out, 0);
    }

    private static void checkSeeds(List<byte[]> seeds, int maxSeeds) {
        if (seeds.size() > maxSeeds) {
            throw new IllegalArgumentException(seeds.size() + " seeds given; a program address takes at most "
                    + maxSeeds + " (plus the bump for findProgramAddress)");
        }
        for (int i = 0; i < seeds.size(); i++) {
            if (seeds.get(i).length > MAX_SEED_LENGTH) {
                throw new IllegalArgumentException("seed " + i + " is " + seeds.get(i).length
                        + " bytes; a program-address seed is at most " + MAX_SEED_LENGTH + " bytes");
            }
        }
    }
}

package dev.asdf.burnengine.solana.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a Solana CLI keypair file: a JSON array of the 64 secret-key bytes (seed then public key).
 *
 * <p>Public because the runners load the fee payer from such a file. Refuses a file that group or others can read
 * or write (like ssh refuses a private key), unless the caller explicitly allows it. Error messages name the file
 * and the problem, never a key byte.
 */
public final class KeypairFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeypairFile() {}

    /** Reads the file, refusing it unless only its owner may access it (mode 0600 or 0400). */
    public static Ed25519Keypair read(Path file) {
        return read(file, false);
    }

    /**
     * @param allowInsecurePermissions read the file even when group or others may access it, or the filesystem has
     *     no POSIX permissions (for throw-away keys on a developer machine)
     * @throws IllegalArgumentException naming the file and what is wrong with it
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Ed25519Keypair read(Path file, boolean allowInsecurePermissions) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("keypair file " + file + " does not exist or is not a regular file;"
                    + " pass the path of a Solana CLI keypair file (solana-keygen new -o <file>)");
        }
        if (!allowInsecurePermissions) {
            checkOwnerOnly(file);
        }
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keypair file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text, file.toString());
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    /**
     * Parses the JSON text of a keypair file.
     *
     * @param source names the text in error messages (a path, "stdin")
     */
    public static Ed25519Keypair parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("keypair file " + source + " is not valid JSON (at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "); expected a JSON array of 64 numbers 0..255 as written by solana-keygen");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keypair file " + source, e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("keypair file " + source + " does not hold a JSON array; expected a JSON"
                    + " array of 64 numbers 0..255 as written by solana-keygen");
        }
        if (root.size() != 64) {
            throw new IllegalArgumentException("keypair file " + source + " holds " + root.size()
                    + " numbers; a Solana keypair file holds exactly 64 (32-byte seed + 32-byte public key)");
        }
        byte[] secret = new byte[64];
        try {
            for (int i = 0; i < 64; i++) {
                JsonNode n = root.get(i);
                if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 255) {
                    throw new IllegalArgumentException("keypair file " + source + ": element " + i
                            + " is not an integer 0..255; the file is corrupted or not a Solana keypair file");
                }
                secret[i] = (byte) n.intValue();
            }
            try {
                return Ed25519Keypair.fromSecretKey(secret);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("keypair file " + source + " is inconsistent: " + e.getMessage(), e);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static void checkOwnerOnly(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException("keypair file " + file + " is on a filesystem without POSIX"
                    + " permissions, so nobody can tell who may read it; move it to a POSIX filesystem with mode 0600,"
                    + " or pass allowInsecurePermissions for a throw-away key");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of keypair file " + file, e);
        }
        Set<PosixFilePermission> exposed = EnumSet.noneOf(PosixFilePermission.class);
        exposed.addAll(permissions);
        exposed.retainAll(GROUP_OR_OTHERS);
        if (!exposed.isEmpty()) {
            throw new IllegalArgumentException("keypair file " + file + " has mode " + mode(permissions)
                    + ", so group or others may access the secret key; run 'chmod 600 " + file
                    + "' (or pass allowInsecurePermissions for a throw-away key)");
        }
    }

    private static String mode(Set<PosixFilePermission> p) {
        int m = 0;
        for (PosixFilePermission permission : p) {
            m |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", m);
    }
}

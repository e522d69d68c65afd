package dev.asdf.burnengine.http.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin token, held only as its SHA-256 digest. A presented token is hashed and the two digests are compared with
 * {@link MessageDigest#isEqual}, so the comparison takes the same time whatever the token and however much of it is
 * right (the lengths compared are always 32 bytes). Neither the token nor its digest is ever logged or printed.
 */
final class BearerToken {
    static final int MIN_LENGTH = 16;
    private static final Logger LOG = LoggerFactory.getLogger(BearerToken.class);

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * Reads the token file (its content, surrounding whitespace trimmed).
     *
     * @throws IllegalArgumentException naming the file, what is wrong with it and how to fix it
     */
    static BearerToken load(Path file) {
        String howTo = "; write a random token into it, e.g. `openssl rand -hex 32 > " + file + " && chmod 600 " + file + "`";
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("http.adminTokenFile: " + file + " does not exist or is not a file" + howTo);
        }
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("http.adminTokenFile: " + file + " cannot be read (" + e.getMessage()
                    + "); make it readable by the engine's user", e);
        }
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("http.adminTokenFile: " + file + " must hold one token of at least "
                    + MIN_LENGTH + " printable ASCII characters without spaces (it holds " + token.length()
                    + " characters)" + howTo);
        }
        warnIfOthersCanRead(file);
        return new BearerToken(sha256(token));
    }

    /** @param authorization the request's {@code Authorization} header, or null */
    boolean matches(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    @Override
    public String toString() {
        return "BearerToken[redacted]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                LOG.warn("the admin token file {} is readable by other users; run `chmod 600 {}`", file, file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot check the permissions of {}: {}", file, e.toString());
        }
    }
}

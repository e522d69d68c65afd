package dev.asdf.burnengine.daemon;

import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds files that hold a Solana secret key: a Solana CLI keypair file (nothing but a JSON array of 64 bytes), or a
 * 64-byte secret key — as a JSON byte array or in base58 — whose second half is the public key of its first half.
 * That last check is what tells a secret key from the many 64-byte signatures the test vectors hold.
 */
final class KeypairLeakScan {
    private static final Pattern BYTE_ARRAY = Pattern.compile("\\[\\s*(\\d{1,3}\\s*(?:,\\s*\\d{1,3}\\s*){63})\\]");
    private static final Pattern BASE58 = Pattern.compile("[1-9A-HJ-NP-Za-km-z]{86,88}");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".mvn");
    private static final long MAX_FILE_BYTES = 8L << 20;

    private KeypairLeakScan() {}

    /** A file that holds a secret key, and in which form. */
    record Finding(Path file, String form) {
        @Override
        public String toString() {
            return file + " (" + form + ")";
        }
    }

    /** The repository's tracked files (by git), or every file under the root when git cannot list them. */
    static List<Path> trackedFiles(Path root) throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor() == 0 && out.length > 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!name.isEmpty()) {
                        files.add(root.resolve(name));
                    }
                }
                return files;
            }
        } catch (IOException noGit) {
            // fall through to the walk: a source archive without git
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isSkipped(root.relativize(p))).toList();
        }
    }

    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static List<Finding> scan(List<Path> files) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            findIn(file, text).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> findIn(Path file, String text) {
        Matcher array = BYTE_ARRAY.matcher(text);
        while (array.find()) {
            byte[] bytes = bytes(array.group(1));
            if (bytes == null) {
                continue;
            }
            if (array.group().equals(text.strip())) {
                return Optional.of(new Finding(file, "a Solana CLI keypair file: a JSON array of 64 bytes"));
            }
            if (isSecretKey(bytes)) {
                return Optional.of(new Finding(file, "a secret key as a JSON byte array at offset " + array.start()));
            }
        }
        Matcher b58 = BASE58.matcher(text);
        while (b58.find()) {
            byte[] bytes;
            try {
                bytes = Base58.decode(b58.group());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (bytes.length == 64 && isSecretKey(bytes)) {
                return Optional.of(new Finding(file, "a base58 secret key at offset " + b58.start()));
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(String numbers) {
        String[] parts = numbers.split("\\s*,\\s*");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int v = Integer.parseInt(parts[i].strip());
            if (v > 255) {
                return null;
            }
            bytes[i] = (byte) v;
        }
        return bytes;
    }

    private static boolean isSecretKey(byte[] secret) {
        byte[] publicKey = Ed25519Keypair.fromSeed(Arrays.copyOf(secret, 32)).address().toBytes();
        return Arrays.equals(publicKey, Arrays.copyOfRange(secret, 32, 64));
    }
}

package dev.asdf.burnengine.solana.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Keeps the simulated chain in one JSON file, replaced atomically, so a restart continues the same world. */
final class SandboxStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    SandboxStore(Path directory) {
        this.file = directory.resolve("chain.json");
    }

    Optional<SandboxChainState> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), SandboxChainState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the saved sandbox " + file + " cannot be read (" + e.getMessage()
                    + "); delete the state directory to start a fresh sandbox", e);
        }
    }

    void save(SandboxChainState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("chain.json.tmp");
            byte[] body = JSON.writeValueAsBytes(state);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(body));
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the sandbox to " + file + ": " + e.getMessage(), e);
        }
    }
}

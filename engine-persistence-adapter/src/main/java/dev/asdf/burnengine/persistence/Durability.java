package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What makes a new or renamed file survive a power cut: fsync of the directory that holds its name. */
final class Durability {
    private Durability() {}

    /**
     * An interrupt arriving during the fsync closes the channel and aborts it; the fsync is then repeated (the caller's
     * interrupt is kept for it), so an interrupted thread never leaves a name that may not survive a power cut.
     */
    static void fsyncDirectory(Path directory) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; ; attempt++) {
                try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                    dir.force(true);
                    return;
                } catch (ClosedByInterruptException e) {
                    interrupted = true;
                    Thread.interrupted();
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

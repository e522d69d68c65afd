package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.port.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The run lock as an operating-system file lock on {@code run.lock} in the state directory. The kernel releases it
 * when the process dies, so a crash never leaves a lock to delete by hand. The holder writes its pid, start time and
 * command line into the file, so a second process can say who holds it.
 */
public final class FileRunLock implements RunLock {
    static final String FILE_NAME = "run.lock";

    private final Path file;
    private final Clock clock;

    public FileRunLock(Path stateDirectory, Clock clock) {
        this.file = stateDirectory.resolve(FILE_NAME);
        this.clock = clock;
    }

    @Override
    public Attempt tryAcquire(String command) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run lock " + file + ": " + e.getMessage()
                    + "; check that the state directory exists and is writable by this user", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            Held holder = readHolder(channel);
            closeQuietly(channel);
            return holder;
        }
        try {
            writeHolder(channel, command);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot write the run lock holder to " + file + ": " + e.getMessage(), e);
        }
        FileLock held = lock;
        return new Acquired(() -> {
            try {
                held.release();
            } catch (IOException ignored) {
                // closing the channel below releases it as well
            } finally {
                closeQuietly(channel);
            }
        });
    }

    /**
     * Who holds the lock now, without taking it (a shared probe that never writes the holder file); empty when
     * nobody does.
     */
    public Optional<Held> holder() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe;
            try {
                probe = channel.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException e) {
                probe = null;
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return Optional.of(readHolder(channel));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run lock " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeHolder(FileChannel channel, String command) throws IOException {
        String text = "pid=" + ProcessHandle.current().pid() + "\nsince=" + Instant.now(clock) + "\ncommand="
                + command.replaceAll("[\\r\\n]+", " ") + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private Held readHolder(FileChannel channel) {
        long pid = -1;
        Instant since = Instant.EPOCH;
        String command = "unknown (the holder has not written its details yet)";
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1);
                if (key.equals("pid")) {
                    pid = Long.parseLong(value.strip());
                } else if (key.equals("since")) {
                    since = Instant.parse(value.strip());
                } else if (key.equals("command")) {
                    command = value;
                }
            }
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            command = "unknown (" + file + " is unreadable: " + e.getMessage() + ")";
        }
        return new Held(pid, since, command);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}

package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.Journal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal as JSON lines in {@code journal/}, each linked to the previous one by its SHA-256 (see
 * {@link JournalLine}), rotated by size with the chain continuing across files.
 *
 * <p>Opening is lazy (the first call opens it), because a journal may only be repaired by the process that holds the
 * run lock, and the engine takes the lock first. On open the whole chain is verified; a torn last line is cut off and
 * a {@link JournalEntry.JournalRepaired} entry records it; a break anywhere else refuses to open.
 *
 * <p>Entries that require it (INTENT, OUTCOME, emergency stop) are fsynced before {@link #append} returns; the others
 * are written at once and fsynced by the group commit every {@code groupCommitInterval}, or by the next durable entry.
 */
final class FileJournal implements Journal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);

    private final Path directory;
    private final long maxFileBytes;
    private final Duration groupCommitInterval;
    private final Clock clock;
    private final Timer appendTimer;
    private final Timer durableAppendTimer;
    private final Timer fsyncTimer;
    private final List<JournalScan.FileExtent> extents = new ArrayList<>();
    /** How often one journal operation is retried when interrupts keep closing its channel. */
    private static final int MAX_INTERRUPTED_ATTEMPTS = 5;

    private final ChannelOpener files;
    private final boolean readOnly;
    private ScheduledExecutorService flusher;
    private FileChannel channel;
    private Path currentFile;
    private long currentSize;
    private long lastSeq;
    private String lastHash;
    private boolean dirty;
    private boolean opened;
    private boolean closed;
    private boolean interruptedDuringIo;
    /** A torn tail cut off while opening, recorded once the journal is open (kept across an interrupted open). */
    private JournalScan.TornTail repairPending;
    private String failure;

    FileJournal(Path directory, long maxFileBytes, Duration groupCommitInterval, Clock clock, MeterRegistry meters) {
        this(directory, maxFileBytes, groupCommitInterval, clock, meters, FileChannel::open, false);
    }

    /** A journal another process may be writing: it is read and verified, never repaired or appended to. */
    static FileJournal readOnly(Path directory, Clock clock, MeterRegistry meters) {
        return new FileJournal(directory, Long.MAX_VALUE, Duration.ofSeconds(1), clock, meters, FileChannel::open, true);
    }

    /** @param files opens the journal's files; tests substitute one that fails like a full disk */
    FileJournal(Path directory, long maxFileBytes, Duration groupCommitInterval, Clock clock, MeterRegistry meters,
            ChannelOpener files) {
        this(directory, maxFileBytes, groupCommitInterval, clock, meters, files, false);
    }

    private FileJournal(Path directory, long maxFileBytes, Duration groupCommitInterval, Clock clock,
            MeterRegistry meters, ChannelOpener files, boolean readOnly) {
        this.files = files;
        this.readOnly = readOnly;
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
        this.groupCommitInterval = groupCommitInterval;
        this.clock = clock;
        this.appendTimer = Timer.builder("burn_engine_journal_append_seconds").tag("durable", "false")
                .description("time to append one journal entry").publishPercentileHistogram().register(meters);
        this.durableAppendTimer = Timer.builder("burn_engine_journal_append_seconds").tag("durable", "true")
                .description("time to append one journal entry").publishPercentileHistogram().register(meters);
        this.fsyncTimer = Timer.builder("burn_engine_journal_fsync_seconds")
                .description("time to make the journal durable").publishPercentileHistogram().register(meters);
    }

    @Override
    public synchronized long append(Instant at, JournalEntry entry) {
        boolean wasInterrupted = Thread.interrupted();
        try {
            return appendLocked(at, entry);
        } finally {
            restoreInterrupt(wasInterrupted);
        }
    }

    private long appendLocked(Instant at, JournalEntry entry) {
        if (readOnly) {
            throw new IllegalStateException("the journal in " + directory + " was opened read-only (another process may"
                    + " be writing it); nothing can be recorded through it");
        }
        open();
        if (failure != null) {
            throw new IllegalStateException("the journal stopped accepting entries after an earlier write failure ("
                    + failure + "); restart the engine once the cause is fixed, it repairs the journal on open");
        }
        long start = System.nanoTime();
        JournalLine.Encoded line = JournalLine.encode(lastSeq + 1, at, entry, lastHash);
        try {
            if (currentSize > 0 && currentSize + line.bytes().length > maxFileBytes) {
                rotate();
            }
            write(line.bytes());
        } catch (IOException e) {
            undoPartialWrite(e);
            throw new UncheckedIOException("cannot append to the journal " + currentFile + ": " + e.getMessage()
                    + "; nothing was recorded. Free disk space or fix the file system, then retry", e);
        }
        lastSeq++;
        lastHash = line.hash();
        dirty = true;
        if (entry.requiresImmediateDurability()) {
            forceLocked();
            durableAppendTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } else {
            appendTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        return lastSeq;
    }

    @Override
    public synchronized void flush() {
        if (readOnly) {
            return;
        }
        boolean wasInterrupted = Thread.interrupted();
        try {
            open();
            if (dirty && failure == null) {
                forceLocked();
            }
        } finally {
            restoreInterrupt(wasInterrupted);
        }
    }

    /**
     * An interrupt that reaches a thread inside a {@link FileChannel} operation closes the channel, so the journal
     * clears the flag for its own I/O, survives one arriving mid-operation by reopening the file, and hands the
     * interrupt back to the caller afterwards.
     */
    private void restoreInterrupt(boolean wasInterrupted) {
        if (wasInterrupted || interruptedDuringIo) {
            interruptedDuringIo = false;
            Thread.currentThread().interrupt();
        }
    }

    /** Reopens the current file after an interrupt closed its channel, cutting any partly written line. */
    private void reopenIfInterrupted() throws IOException {
        if (channel.isOpen()) {
            return;
        }
        channel = files.open(currentFile, StandardOpenOption.WRITE);
        channel.truncate(currentSize);
        channel.position(currentSize);
    }

    /** Keeps the interrupt for the caller and clears it for the retry; gives up after a few in a row. */
    private void noteInterrupt(ClosedByInterruptException e, int attempt) throws ClosedByInterruptException {
        interruptedDuringIo = true;
        Thread.interrupted();
        if (attempt >= MAX_INTERRUPTED_ATTEMPTS) {
            throw e;
        }
    }

    @Override
    public void replayAfter(long seq, Consumer<JournalEntry.Journaled> consumer) {
        List<JournalScan.FileExtent> snapshot;
        long upTo;
        synchronized (this) {
            open();
            snapshot = List.copyOf(extents);
            upTo = lastSeq;
        }
        for (JournalScan.FileExtent extent : snapshot) {
            if (extent.lastSeq() <= seq && extent.lastSeq() >= extent.firstSeq()) {
                continue;
            }
            try (InputStream in = Files.newInputStream(extent.path())) {
                JournalScan.LineReader reader = new JournalScan.LineReader(in);
                long lineSeq = extent.firstSeq() - 1;
                while (reader.next() && reader.terminated()) {
                    lineSeq++;
                    if (lineSeq > upTo) {
                        return;
                    }
                    if (lineSeq > seq) {
                        consumer.accept(JournalLine.read(reader.buffer(), JournalLine.layout(reader.buffer(), reader.length())));
                    }
                }
            } catch (IOException | JournalLine.BadLine e) {
                throw new UncheckedIOException("cannot read journal file " + extent.path() + ": " + e.getMessage(),
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }

    @Override
    public synchronized long lastSeq() {
        open();
        return lastSeq;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (flusher != null) {
            flusher.shutdown();
        }
        if (channel != null) {
            try {
                if (dirty && failure == null) {
                    channel.force(false);
                }
                channel.close();
            } catch (IOException e) {
                LOG.warn("closing the journal {} failed: {}", currentFile, e.getMessage());
            }
            channel = null;
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the journal in " + directory + " is closed (the engine is shutting down);"
                    + " nothing more is recorded by this process");
        }
        if (opened) {
            return;
        }
        JournalScan.Result scan = null;
        for (int attempt = 1; scan == null; attempt++) {
            try {
                scan = openFiles();
            } catch (ClosedByInterruptException e) {
                if (attempt == 3) {
                    throw new UncheckedIOException("cannot open the journal in " + directory + ": interrupted", e);
                }
                interruptedDuringIo = true;
                Thread.interrupted();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the journal in " + directory + " for writing: "
                        + e.getMessage(), e);
            }
        }
        opened = true;
        if (readOnly) {
            return;
        }
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "journal-group-commit");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, groupCommitInterval.toMillis());
        flusher.scheduleWithFixedDelay(this::groupCommit, millis, millis, TimeUnit.MILLISECONDS);
        JournalScan.TornTail torn = repairPending;
        repairPending = null;
        if (torn != null) {
            LOG.warn("journal repaired: cut {} from {} ({})", torn.bytesRemoved() + " bytes", torn.file(), torn.detail());
            append(clock.instant(), new JournalEntry.JournalRepaired(torn.file().getFileName().toString(),
                    torn.bytesRemoved(), torn.detail() + " was cut off on open"));
            flush();
        }
    }

    /** Reads the chain and, unless read-only, opens the last file for appending (cutting a torn last line). */
    private JournalScan.Result openFiles() throws IOException {
        extents.clear();
        JournalScan.Result scan = JournalScan.scan(directory);
        extents.addAll(scan.files());
        lastSeq = scan.lastSeq();
        lastHash = scan.lastHash();
        if (readOnly) {
            return scan;
        }
        if (extents.isEmpty()) {
            startFile(1);
        } else {
            JournalScan.FileExtent last = extents.get(extents.size() - 1);
            currentFile = last.path();
            channel = files.open(currentFile, StandardOpenOption.WRITE);
            if (scan.torn() != null) {
                repairPending = repairPending == null ? scan.torn() : repairPending;
                channel.truncate(scan.torn().validLength());
                channel.force(true);
            }
            currentSize = last.validLength();
            channel.position(currentSize);
        }
        return scan;
    }

    private synchronized void groupCommit() {
        if (dirty && failure == null && channel != null) {
            try {
                forceLocked();
            } catch (RuntimeException e) {
                LOG.error("journal group commit failed: {}", e.getMessage());
            }
        }
    }

    private void forceLocked() {
        long start = System.nanoTime();
        try {
            forceChannel();
        } catch (IOException e) {
            failure = "fsync failed: " + e.getMessage();
            throw new UncheckedIOException("cannot make the journal " + currentFile + " durable: " + e.getMessage(), e);
        }
        dirty = false;
        fsyncTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private void write(byte[] bytes) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                reopenIfInterrupted();
                writeFully(bytes);
                break;
            } catch (ClosedByInterruptException e) {
                noteInterrupt(e, attempt);
            }
        }
        currentSize += bytes.length;
        JournalScan.FileExtent current = extents.get(extents.size() - 1);
        extents.set(extents.size() - 1, new JournalScan.FileExtent(current.path(),
                current.lastSeq() >= current.firstSeq() ? current.firstSeq() : lastSeq + 1, lastSeq + 1, currentSize));
    }

    private void forceChannel() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                reopenIfInterrupted();
                channel.force(false);
                return;
            } catch (ClosedByInterruptException e) {
                noteInterrupt(e, attempt);
            }
        }
    }

    private void writeFully(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void undoPartialWrite(IOException cause) {
        try {
            channel.truncate(currentSize);
            channel.position(currentSize);
        } catch (IOException e) {
            failure = "a write failed (" + cause.getMessage() + ") and its partial line could not be removed ("
                    + e.getMessage() + ")";
        }
    }

    private void rotate() throws IOException {
        forceChannel();
        channel.close();
        dirty = false;
        startFile(JournalFiles.number(currentFile) + 1);
    }

    /** How the journal opens its files. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path file, OpenOption... options) throws IOException;
    }

    private void startFile(int number) throws IOException {
        currentFile = JournalFiles.file(directory, number);
        channel = files.open(currentFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        currentSize = 0;
        extents.add(new JournalScan.FileExtent(currentFile, lastSeq + 1, lastSeq, 0));
        Durability.fsyncDirectory(directory);
    }
}

package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.state.EngineState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots in {@code snapshots/}: one file per journal position, {@code snapshot-<journal seq>.json}, holding a header
 * line (format, schema, journal seq, SHA-256 and length of the body) and the state as JSON on the next line.
 *
 * <p>Written to a temporary file, fsynced, atomically renamed, then the directory is fsynced: after a crash either the
 * new snapshot or the previous one is there, never half of one. The last {@code keep} snapshots are kept; a damaged
 * newest one (checksum, length, unreadable JSON) is skipped with a warning and the next older valid one is used, which
 * loses nothing because the journal after it is replayed on top.
 */
final class FileStateStore implements StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileStateStore.class);
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.json");
    private static final Pattern TEMP = Pattern.compile("\\.snapshot-\\d{20}-\\d+\\.tmp");
    private static final String FORMAT = "asdf-burn-engine-snapshot";

    private final Path directory;
    private final int keep;
    private final Clock clock;
    private final SnapshotMigrations migrations;
    private final Timer writeTimer;
    private final List<String> warnings = new ArrayList<>();
    private final boolean readOnly;

    FileStateStore(Path directory, int keep, Clock clock, MeterRegistry meters, SnapshotMigrations migrations) {
        this(directory, keep, clock, meters, migrations, false);
    }

    /** Snapshots another process may be writing: loaded, never written, and its temporary files left alone. */
    static FileStateStore readOnly(Path directory, Clock clock, MeterRegistry meters) {
        return new FileStateStore(directory, 1, clock, meters, SnapshotMigrations.production(), true);
    }

    private FileStateStore(Path directory, int keep, Clock clock, MeterRegistry meters, SnapshotMigrations migrations,
            boolean readOnly) {
        this.readOnly = readOnly;
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one snapshot, got " + keep);
        }
        this.directory = directory;
        this.keep = keep;
        this.clock = clock;
        this.migrations = migrations;
        this.writeTimer = Timer.builder("burn_engine_snapshot_write_seconds")
                .description("time to write and fsync one snapshot").publishPercentileHistogram().register(meters);
    }

    @Override
    public synchronized void save(EngineState state) {
        if (readOnly) {
            throw new IllegalStateException("the snapshots in " + directory + " were opened read-only; nothing is saved"
                    + " through them");
        }
        long start = System.nanoTime();
        byte[] body;
        try {
            body = EngineJson.MAPPER.writeValueAsBytes(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the engine state: " + e.getMessage(), e);
        }
        String header = "{\"format\":\"" + FORMAT + "\",\"schema\":" + migrations.current() + ",\"journalSeq\":"
                + state.journalSeq() + ",\"savedAt\":\"" + clock.instant() + "\",\"bytes\":" + body.length
                + ",\"sha256\":\"" + HexFormat.of().formatHex(JournalLine.sha256().digest(body)) + "\"}\n";
        String name = String.format("snapshot-%020d.json", state.journalSeq());
        Path temp = directory.resolve(String.format(".snapshot-%020d-%d.tmp", state.journalSeq(), System.nanoTime()));
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeFully(out, header.getBytes(StandardCharsets.UTF_8));
                writeFully(out, body);
                writeFully(out, new byte[] {'\n'});
                out.force(true);
            }
            Files.move(temp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durability.fsyncDirectory(directory);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write snapshot " + directory.resolve(name) + ": " + e.getMessage()
                    + "; the previous snapshot and the journal are intact. Free disk space or fix permissions", e);
        }
        prune();
        writeTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized Optional<EngineState> load() {
        warnings.clear();
        for (Path file : snapshotsNewestFirst()) {
            try {
                EngineState state = read(file);
                if (!warnings.isEmpty()) {
                    String note = "using the older snapshot " + file.getFileName() + " (journal entry "
                            + state.journalSeq() + "); the journal after it is replayed, so nothing is lost";
                    warnings.add(note);
                    LOG.warn(note);
                }
                return Optional.of(state);
            } catch (DamagedSnapshot e) {
                String note = "snapshot " + file + " is damaged (" + e.getMessage() + "); trying the next older one";
                warnings.add(note);
                LOG.warn(note);
            }
        }
        if (!warnings.isEmpty()) {
            String note = "no valid snapshot left; the whole journal is replayed from its first entry";
            warnings.add(note);
            LOG.warn(note);
        }
        return Optional.empty();
    }

    /** What the last {@link #load()} had to work around, for start-up output. */
    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    private EngineState read(Path file) throws DamagedSnapshot {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DamagedSnapshot("unreadable: " + e.getMessage());
        }
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            throw new DamagedSnapshot("no header line");
        }
        JsonNode header;
        try {
            header = EngineJson.MAPPER.readTree(Arrays.copyOfRange(bytes, 0, newline));
        } catch (IOException e) {
            throw new DamagedSnapshot("unreadable header: " + e.getMessage());
        }
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new DamagedSnapshot("not a burn-engine snapshot (format '" + header.path("format").asText() + "')");
        }
        int schema = header.path("schema").asInt(-1);
        long length = header.path("bytes").asLong(-1);
        String expected = header.path("sha256").asText();
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (body.length > 0 && body[body.length - 1] == '\n') {
            body = Arrays.copyOf(body, body.length - 1);
        }
        if (body.length != length) {
            throw new DamagedSnapshot("body is " + body.length + " bytes, header says " + length + " (truncated)");
        }
        String actual = HexFormat.of().formatHex(JournalLine.sha256().digest(body));
        if (!actual.equals(expected)) {
            throw new DamagedSnapshot("checksum mismatch: expected " + expected + ", actual " + actual);
        }
        try {
            JsonNode tree = EngineJson.MAPPER.readTree(body);
            if (!(tree instanceof ObjectNode object)) {
                throw new DamagedSnapshot("the state is not a JSON object");
            }
            ObjectNode current = migrations.upgrade(object, schema, file);
            return EngineJson.MAPPER.treeToValue(current, EngineState.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new DamagedSnapshot("the state does not read back: " + e.getMessage());
        }
    }

    private List<Path> snapshotsNewestFirst() {
        List<Path> snapshots = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String n = p.getFileName().toString();
                if (NAME.matcher(n).matches()) {
                    snapshots.add(p);
                } else if (TEMP.matcher(n).matches()) {
                    if (readOnly) {
                        continue;
                    }
                    LOG.info("removing {} left by an interrupted snapshot write", p);
                    deleteQuietly(p);
                } else {
                    throw new StateDirectoryException("unexpected entry " + p + " in the snapshot directory; only"
                            + " snapshot-<seq>.json files belong there: move it out of " + directory);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + directory + ": " + e.getMessage(), e);
        }
        snapshots.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return snapshots;
    }

    private void prune() {
        List<Path> all = snapshotsNewestFirst();
        for (int i = keep; i < all.size(); i++) {
            deleteQuietly(all.get(i));
        }
    }

    static long seqOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", p, e.getMessage());
        }
    }

    private static final class DamagedSnapshot extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedSnapshot(String message) {
            super(message);
        }
    }
}

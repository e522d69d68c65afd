package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic snapshots of metric values in {@code metrics/}, one small file each ({@code metrics-<epoch ms>.json},
 * written atomically), kept while both the count and the age limit allow. Damaged files are skipped when read.
 */
public final class FileMetricHistory {
    private static final Logger LOG = LoggerFactory.getLogger(FileMetricHistory.class);
    private static final Pattern NAME = Pattern.compile("metrics-(\\d{13})\\.json");

    private final Path directory;
    private final int maxCount;
    private final Duration maxAge;
    private final Clock clock;

    FileMetricHistory(Path directory, int maxCount, Duration maxAge, Clock clock) {
        this.directory = directory;
        this.maxCount = maxCount;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Writes a snapshot of {@code values} stamped now, then applies the retention limits. */
    public synchronized void record(Map<String, Double> values) {
        Instant now = clock.instant();
        Path target = directory.resolve(String.format("metrics-%013d.json", now.toEpochMilli()));
        Path temp = directory.resolve(".metrics-" + now.toEpochMilli() + ".tmp");
        try {
            byte[] body = EngineJson.MAPPER.writeValueAsBytes(new MetricSnapshot(now, values));
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(body));
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metric snapshot " + target + ": " + e.getMessage(), e);
        }
        prune(now);
    }

    /** Snapshots taken in [from, to], oldest first. */
    public synchronized List<MetricSnapshot> between(Instant from, Instant to) {
        List<MetricSnapshot> result = new ArrayList<>();
        for (Path file : files()) {
            Instant at = Instant.ofEpochMilli(millisOf(file));
            if (!at.isBefore(from) && !at.isAfter(to)) {
                read(file).ifPresent(result::add);
            }
        }
        return result;
    }

    public synchronized Optional<MetricSnapshot> latest() {
        List<Path> all = files();
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<MetricSnapshot> s = read(all.get(i));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    public synchronized int size() {
        return files().size();
    }

    private void prune(Instant now) {
        List<Path> all = files();
        Instant oldest = now.minus(maxAge);
        for (int i = 0; i < all.size(); i++) {
            boolean tooMany = all.size() - i > maxCount;
            boolean tooOld = Instant.ofEpochMilli(millisOf(all.get(i))).isBefore(oldest);
            if (tooMany || tooOld) {
                try {
                    Files.deleteIfExists(all.get(i));
                } catch (IOException e) {
                    LOG.warn("cannot delete old metric snapshot {}: {}", all.get(i), e.getMessage());
                }
            }
        }
    }

    private Optional<MetricSnapshot> read(Path file) {
        try {
            return Optional.of(EngineJson.MAPPER.readValue(file.toFile(), MetricSnapshot.class));
        } catch (IOException e) {
            LOG.warn("skipping damaged metric snapshot {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list metric snapshots in " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static long millisOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a metric snapshot file: " + file);
        }
        return Long.parseLong(m.group(1));
    }
}

package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMetricHistoryTest {
    @TempDir
    Path dir;
    final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");

    @Test
    void keepsAtMostTheConfiguredNumberOfSnapshots() {
        FileMetricHistory history = new FileMetricHistory(dir, 3, Duration.ofDays(7), clock);
        for (int i = 0; i < 5; i++) {
            history.record(Map.of("burned", (double) i));
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.latest()).get().extracting(s -> s.values().get("burned")).isEqualTo(4.0);
    }

    @Test
    void dropsSnapshotsOlderThanTheMaximumAge() {
        FileMetricHistory history = new FileMetricHistory(dir, 100, Duration.ofHours(1), clock);
        history.record(Map.of("a", 1.0));
        clock.advance(Duration.ofMinutes(90));
        history.record(Map.of("a", 2.0));
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void readsARangeOldestFirstAndSkipsDamagedFiles() throws Exception {
        FileMetricHistory history = new FileMetricHistory(dir, 100, Duration.ofDays(1), clock);
        var start = clock.instant();
        for (int i = 0; i < 4; i++) {
            history.record(Map.of("n", (double) i));
            clock.advance(Duration.ofMinutes(1));
        }
        Files.writeString(dir.resolve(String.format("metrics-%013d.json", start.plusSeconds(60).toEpochMilli())), "{oops");
        assertThat(history.between(start, start.plusSeconds(180))).extracting(s -> s.values().get("n"))
                .containsExactly(0.0, 2.0, 3.0);
    }
}

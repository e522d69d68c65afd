package dev.asdf.burnengine.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleScheduleTest {
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T12:00:00Z");

    private static CycleSchedule schedule(String... windows) {
        return new CycleSchedule(Lamports.of(100_000_000), Duration.ofMinutes(10),
                List.of(windows).stream().map(TimeWindow::parse).toList());
    }

    @Test
    void enoughPendingFeesInsideTheWindowAfterTheIntervalStartACycle() {
        CycleSchedule.Decision d = schedule("00:00-24:00").decide(WEDNESDAY_NOON, 100_000_000, Instant.EPOCH);
        assertThat(d.due()).isTrue();
    }

    @Test
    void belowTheThresholdNothingStartsAndTheReasonSaysSo() {
        CycleSchedule.Decision d = schedule("00:00-24:00").decide(WEDNESDAY_NOON, 99_999_999, Instant.EPOCH);
        assertThat(d.due()).isFalse();
        assertThat(d.reason()).isEqualTo("pending fees 0.099999999 SOL below the threshold of 0.100000000 SOL");
    }

    @Test
    void tooSoonAfterTheLastCycleWaitsAndSaysHowLong() {
        CycleSchedule.Decision d = schedule("00:00-24:00").decide(WEDNESDAY_NOON, 500_000_000,
                WEDNESDAY_NOON.minusSeconds(420));
        assertThat(d.due()).isFalse();
        assertThat(d.reason()).endsWith("next in 180 s");
    }

    @Test
    void outsideTheWindowNothingStarts() {
        assertThat(schedule("02:00-04:00").decide(WEDNESDAY_NOON, 500_000_000, Instant.EPOCH).due()).isFalse();
        assertThat(schedule("Sat,Sun 00:00-24:00").decide(WEDNESDAY_NOON, 500_000_000, Instant.EPOCH).due()).isFalse();
        assertThat(schedule("Mon-Fri 09:00-17:00").decide(WEDNESDAY_NOON, 500_000_000, Instant.EPOCH).due()).isTrue();
    }

    @Test
    void aWindowEndingBeforeItStartsWrapsPastMidnight() {
        TimeWindow night = TimeWindow.parse("Fri 22:00-02:00");
        assertThat(night.contains(Instant.parse("2026-11-27T23:00:00Z").atZone(ZoneOffset.UTC))).isTrue();
        assertThat(night.contains(Instant.parse("2026-11-28T01:30:00Z").atZone(ZoneOffset.UTC))).isTrue();
        assertThat(night.contains(Instant.parse("2026-11-28T03:00:00Z").atZone(ZoneOffset.UTC))).isFalse();
    }

    @Test
    void aBadWindowSaysHowToWriteOne() {
        assertThatThrownBy(() -> TimeWindow.parse("9am-5pm")).hasMessageContaining("write e.g. '02:00-04:00'");
        assertThatThrownBy(() -> TimeWindow.parse("Fun 01:00-02:00")).hasMessageContaining("'Fun'");
        assertThatThrownBy(() -> TimeWindow.parse("25:00-26:00")).hasMessageContaining("'25:00'");
    }

    @Test
    void readsItsKeysFromTheConfiguration() {
        ConfigTree t = ConfigTree.of(Map.of("schedule", Map.of("threshold", "0.5 SOL", "minInterval", "1h",
                "windows", List.of("Mon-Fri 09:00-17:00"))), "f", Map.of(), Map.of());
        CycleSchedule s = CycleSchedule.from(t.section("schedule"));
        t.finish();
        assertThat(s.threshold()).isEqualTo(Lamports.of(500_000_000));
        assertThat(s.minInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(s.windows()).extracting(TimeWindow::toString).containsExactly("Mon,Tue,Wed,Thu,Fri 09:00-17:00");
    }

    @Test
    void aBadWindowInTheConfigurationIsAConfigurationError() {
        ConfigTree t = ConfigTree.of(Map.of("schedule", Map.of("windows", List.of("always"))), "f", Map.of(), Map.of());
        CycleSchedule.from(t.section("schedule"));
        assertThatThrownBy(t::finish).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'schedule.windows' = 'always'");
    }
}

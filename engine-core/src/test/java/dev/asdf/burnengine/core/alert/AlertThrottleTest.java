package dev.asdf.burnengine.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.RecordingNotifier;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertThrottleTest {
    final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    final RecordingNotifier sent = new RecordingNotifier();
    final AlertThrottle throttle = new AlertThrottle(sent, Duration.ofMinutes(5), clock);

    private Alert alert(AlertKind kind) {
        return new Alert(kind, Severity.CRITICAL, clock.instant(), "Cycle failed", "rpc down", Map.of());
    }

    @Test
    void aStormOfAThousandSendsOneMessage() {
        for (int i = 0; i < 1_000; i++) {
            throttle.notify(alert(AlertKind.CYCLE_FAILED));
        }
        assertThat(sent.alerts()).hasSize(1);
        assertThat(throttle.heldBack(AlertKind.CYCLE_FAILED)).isEqualTo(999);
    }

    @Test
    void afterTheCooldownTheNextAlertSaysHowManyWereHeldBack() {
        throttle.notify(alert(AlertKind.CYCLE_FAILED));
        throttle.notify(alert(AlertKind.CYCLE_FAILED));
        throttle.notify(alert(AlertKind.CYCLE_FAILED));
        clock.advance(Duration.ofMinutes(6));
        throttle.notify(alert(AlertKind.CYCLE_FAILED));
        assertThat(sent.alerts()).hasSize(2);
        assertThat(sent.alerts().get(1).message()).contains("2 similar alerts held back since 2026-11-28T12:00:00Z");
        assertThat(sent.alerts().get(1).details()).containsEntry("suppressed", "2");
    }

    @Test
    void differentKindsDoNotHoldEachOtherBack() {
        throttle.notify(alert(AlertKind.CYCLE_FAILED));
        throttle.notify(alert(AlertKind.PROTOCOL_DRIFT));
        assertThat(sent.alerts()).extracting(Alert::kind).containsExactly(AlertKind.CYCLE_FAILED, AlertKind.PROTOCOL_DRIFT);
    }
}

package dev.asdf.burnengine.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollWindowTest {

    @Test
    void theRateIsZeroBeforeAnyPoll() {
        assertThat(new PollWindow(4).errorRate()).isZero();
    }

    @Test
    void theRateIsTheFailedFractionOfTheWindow() {
        PollWindow w = new PollWindow(4);
        w.record(true);
        w.record(false);
        assertThat(w.errorRate()).isEqualTo(0.5);
    }

    @Test
    void oldPollsLeaveTheWindow() {
        PollWindow w = new PollWindow(2);
        w.record(true);
        w.record(true);
        w.record(false);
        w.record(false);
        assertThat(w.errorRate()).isZero();
    }
}

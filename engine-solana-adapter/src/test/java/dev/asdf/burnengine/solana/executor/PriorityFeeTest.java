package dev.asdf.burnengine.solana.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityFeeTest {
    @Test
    void takes_the_configured_percentile_of_the_per_slot_fees() {
        assertThat(PriorityFee.of(List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L), 75, 1_000_000)).isEqualTo(70);
    }

    @Test
    void never_pays_more_than_the_cap() {
        assertThat(PriorityFee.of(List.of(5_000_000L, 9_000_000L), 100, 1_000_000)).isEqualTo(1_000_000);
    }

    @Test
    void pays_nothing_when_no_recent_slot_paid_anything() {
        assertThat(PriorityFee.of(List.of(), 75, 1_000_000)).isZero();
        assertThat(PriorityFee.of(List.of(0L, 0L), 75, 1_000_000)).isZero();
    }
}

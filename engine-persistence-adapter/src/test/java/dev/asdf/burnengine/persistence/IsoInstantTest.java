package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @Test
    void agreesWithTheJdkOnEveryInstantTheEngineWrites() {
        SplittableRandom r = new SplittableRandom(8601);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(r.nextLong(0, 8_000_000_000L), r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000));
            if (r.nextBoolean()) {
                instant = Instant.ofEpochMilli(instant.toEpochMilli());
            }
            assertThat(IsoInstant.parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @Test
    void otherFormsFallBackToTheJdkParser() {
        assertThat(IsoInstant.parse("+12026-01-01T00:00:00Z")).isEqualTo(Instant.parse("+12026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> IsoInstant.parse("2026-13-01T00:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoInstant.parse("yesterday")).isInstanceOf(DateTimeException.class);
    }
}

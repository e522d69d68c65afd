package dev.asdf.burnengine.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MulDivTest {

    @Test
    void staysExactWhenTheProductExceeds64Bits() {
        long a = 1_073_000_000_000_000L;
        assertThat(MulDiv.floor(a, 30_000_000_000L, 30_300_000_000L))
                .isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(30_000_000_000L))
                        .divide(BigInteger.valueOf(30_300_000_000L)).longValueExact());
    }

    @Test
    void agreesWithBigIntegerOnRandomOperands() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long a = r.nextLong(0, Long.MAX_VALUE);
            long b = r.nextLong(0, 20_000);
            long c = r.nextLong(1, 20_000) + b;
            assertThat(MulDiv.floor(a, b, c)).as("%d*%d/%d", a, b, c)
                    .isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact());
        }
    }

    @Test
    void refusesADivisorOfZero() {
        assertThatThrownBy(() -> MulDiv.floor(1, 1, 0)).hasMessageContaining("c > 0");
    }
}

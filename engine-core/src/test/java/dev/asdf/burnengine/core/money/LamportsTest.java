package dev.asdf.burnengine.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LamportsTest {

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> Lamports.of(-1)).hasMessageContaining("cannot be negative, got -1");
    }

    @Test
    void failsInsteadOfWrappingOnOverflow() {
        assertThatThrownBy(() -> Lamports.of(Long.MAX_VALUE).plus(Lamports.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void subtractingMoreThanThereIsFailsUnlessAskedForZero() {
        assertThatThrownBy(() -> Lamports.of(5).minus(Lamports.of(6))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Lamports.of(5).minusOrZero(Lamports.of(6))).isEqualTo(Lamports.ZERO);
    }

    @Test
    void printsSolWithNineDecimals() {
        assertThat(Lamports.of(1_100_000_001L).toSol()).isEqualTo("1.100000001 SOL");
    }

    @Test
    void mulDivFloorsLikeTheProgram() {
        assertThat(Lamports.of(1_000_000_000L).mulDiv(5520, 10_000)).isEqualTo(Lamports.of(552_000_000L));
        assertThat(Lamports.of(10_000_001L).mulDiv(5520, 10_000)).isEqualTo(Lamports.of(5_520_000L));
    }
}

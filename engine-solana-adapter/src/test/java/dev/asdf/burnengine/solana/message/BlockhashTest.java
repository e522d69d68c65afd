package dev.asdf.burnengine.solana.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BlockhashTest {
    @Test
    void parsesTheBase58OfThirtyTwoBytes() {
        assertThat(Blockhash.parse("US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELFx").toBytes()).containsOnly(7);
    }

    @Test
    void malformedBase58IsRefusedNamingTheCharacter() {
        assertThatThrownBy(() -> Blockhash.parse("US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELF0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELF0' is not a blockhash: character '0' at"
                        + " position 42 is not in the base58 alphabet (0, O, I and l are never used)");
    }

    @Test
    void aHashOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> Blockhash.parse("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'abc' is not a blockhash: it decodes to 3 bytes, a blockhash is 32");
    }
}

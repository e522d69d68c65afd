package dev.asdf.burnengine.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void parsesAndPrintsTheSameBase58Text() {
        Address a = Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
        assertThat(a.toString()).isEqualTo("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
        assertThat(Address.of(a.toBytes())).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void ignoresSurroundingWhitespaceFromCopyPaste() {
        assertThat(Address.parse("  11111111111111111111111111111111\n").isZero()).isTrue();
    }

    @Test
    void rejectsATruncatedAddressSayingHowManyBytesItDecodesTo() {
        assertThatThrownBy(() -> Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt' is not a Solana address")
                .hasMessageContaining("decodes to 29 bytes");
    }

    @Test
    void rejectsACharacterOutsideTheAlphabetNamingIt() {
        assertThatThrownBy(() -> Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7XbuO"))
                .hasMessageContaining("'O' at position 43");
    }

    @Test
    void rejectsAnEmptyAddress() {
        assertThatThrownBy(() -> Address.parse(" ")).hasMessageContaining("address is empty");
    }

    @Test
    void rejectsRawBytesOfTheWrongLength() {
        assertThatThrownBy(() -> Address.of(new byte[33])).hasMessageContaining("got 33 bytes");
    }

    @Test
    void ordersByUnsignedBytes() {
        byte[] low = new byte[32];
        byte[] high = new byte[32];
        high[0] = (byte) 0xFF;
        assertThat(Address.of(low)).isLessThan(Address.of(high));
    }

    @Test
    void aCopyOfItsBytesCannotChangeIt() {
        Address a = Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
        byte[] bytes = a.toBytes();
        bytes[0] ^= 1;
        assertThat(a.toString()).isEqualTo("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
    }
}

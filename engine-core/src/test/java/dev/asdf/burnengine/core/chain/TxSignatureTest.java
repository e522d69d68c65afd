package dev.asdf.burnengine.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TxSignatureTest {
    private static final String SIG = "3xErfvyt7rWGAG5zd7mR4UgdTQTCvPamBWojJe8B3MY9U7BTJdAxDeniS8bgk8HddCjY9nEUPMkRpMoJ974cWrTi";

    @Test
    void parsesAndPrintsTheSameText() {
        assertThat(TxSignature.parse(SIG).toString()).isEqualTo(SIG);
        assertThat(TxSignature.parse(SIG)).isEqualTo(TxSignature.of(TxSignature.parse(SIG).toBytes()));
    }

    @Test
    void rejectsAnAddressWhereASignatureIsExpected() {
        assertThatThrownBy(() -> TxSignature.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui"))
                .hasMessageContaining("is not a transaction signature")
                .hasMessageContaining("decodes to 32 bytes");
    }
}

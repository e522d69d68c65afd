package dev.asdf.burnengine.solana.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorEventsTest {
    private static final Address ASDF = Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
    private static final Address PUMP = Address.parse("6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P");

    @Test
    void programDataLinesAreAttributedToTheInnermostRunningProgram() {
        List<String> logs = List.of(
                "Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui invoke [1]",
                "Program log: Instruction: ExecuteBuy",
                "Program 6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P invoke [2]",
                "Program data: " + Base64.getEncoder().encodeToString(new byte[] {9, 9}),
                "Program 6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P consumed 100 of 200000 compute units",
                "Program 6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P success",
                "Program data: " + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}),
                "Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui success");
        assertThat(AnchorEvents.payloadsEmittedBy(logs, ASDF)).containsExactly(new byte[] {1, 2, 3});
        assertThat(AnchorEvents.payloadsEmittedBy(logs, PUMP)).containsExactly(new byte[] {9, 9});
    }

    @Test
    void eventCpiDataIsTheTagFollowedByThePayload() {
        byte[] data = new BorshWriter().bytes(AnchorEvents.EVENT_CPI_TAG.toBytes()).bytes(new byte[] {1, 2, 3, 4, 5, 6,
            7, 8, 9}).toByteArray();
        assertThat(AnchorEvents.payloadOfEventCpi(data)).contains(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(AnchorEvents.payloadOfEventCpi(new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void aProgramDataLineWithBrokenBase64IsReportedNotSkipped() {
        assertThatThrownBy(() -> AnchorEvents.payloadOfLogLine("Program data: !!!"))
                .isInstanceOf(DecodingException.class).hasMessageContaining("its base64 is malformed");
        assertThat(AnchorEvents.payloadOfLogLine("Program log: hello")).isEmpty();
    }
}

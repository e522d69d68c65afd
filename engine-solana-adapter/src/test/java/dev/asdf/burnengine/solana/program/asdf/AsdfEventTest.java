package dev.asdf.burnengine.solana.program.asdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.idl.Idl;
import dev.asdf.burnengine.solana.idl.IdlValue;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsdfEventTest {
    private static final Idl IDL = ProgramProfiles.current().asdf().idl();

    @Test
    void aCycleCompletedEventIsReadFromTheProgramsLogLines() {
        JsonNode c = first("CycleCompleted");
        List<String> logs = List.of(
                "Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui invoke [1]",
                "Program log: Instruction: BurnAndUpdate",
                "Program data: " + Base64.getEncoder().encodeToString(Vectors.hex(c.path("payload"))),
                "Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui success");
        List<AsdfEvent> events = AsdfEvent.fromLogs(IDL, ProgramIds.ASDF, logs);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).name()).isEqualTo("CycleCompleted");
        assertThat(((IdlValue.Int) events.get(0).fields().get("tokens_burned")).value().toString())
                .isEqualTo(c.path("value").path("tokens_burned").asText());
    }

    @Test
    void aPayloadOfNoAsdfEventIsRefused() {
        assertThatThrownBy(() -> AsdfEvent.decode(IDL, new byte[16]))
                .isInstanceOf(DecodingException.class)
                .hasMessage("event payload of 16 bytes does not start with the discriminator of any ASDF event");
    }

    private static JsonNode first(String type) {
        for (JsonNode c : Vectors.load("events.json").path("cases")) {
            if (c.path("type").asText().equals(type)) {
                return c;
            }
        }
        throw new IllegalStateException("no " + type + " vector");
    }
}

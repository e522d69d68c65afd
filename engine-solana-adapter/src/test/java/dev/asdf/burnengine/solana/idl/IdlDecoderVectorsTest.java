package dev.asdf.burnengine.solana.idl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdlDecoderVectorsTest {
    private static final Map<String, Idl> IDLS = Map.of(
            "asdf", ProgramProfiles.current().asdf().idl(),
            "pump", ProgramProfiles.current().pump().idl(),
            "pump_amm", ProgramProfiles.current().pumpAmm().idl(),
            "pump_fees", ProgramProfiles.current().pumpFees().idl());

    @Test
    void everyFullAccountLayoutDecodesToTheValueAnchorEncoded() {
        int checked = 0;
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            Idl idl = IDLS.get(c.path("program").asText());
            if (idl == null || c.has("note")) {
                continue;
            }
            byte[] data = Vectors.hex(c.path("data"));
            IdlTypeRef ref = idl.accountOf(data).orElseThrow();
            assertThat(ref.name()).isEqualTo(c.path("type").asText());
            IdlValue.Struct decoded = new IdlDecoder(idl).definedAfterDiscriminator(ref, data);
            assertThat(IdlValueMatcher.difference(decoded, c.path("value"), ref.name())).as("%s", c.path("type"))
                    .isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyEventOfEveryProgramDecodesToTheValueAnchorEncoded() {
        int asdfEvents = 0;
        for (JsonNode c : Vectors.load("events.json").path("cases")) {
            Idl idl = IDLS.get(c.path("program").asText());
            byte[] payload = Vectors.hex(c.path("payload"));
            IdlTypeRef ref = idl.eventOf(payload).orElseThrow();
            assertThat(ref.name()).isEqualTo(c.path("type").asText());
            IdlValue.Struct decoded = new IdlDecoder(idl).definedAfterDiscriminator(ref, payload);
            assertThat(IdlValueMatcher.difference(decoded, c.path("value"), ref.name())).as("%s", ref.name()).isEmpty();
            asdfEvents += c.path("program").asText().equals("asdf") ? 1 : 0;
        }
        assertThat(asdfEvents).as("two cases of each of the 26 ASDF events").isEqualTo(52);
    }

    @Test
    void everyInstructionVectorsArgumentsDecodeWithTheIdlWithoutTrailingBytes() {
        for (String group : new String[] {"asdf", "pump", "pumpswap"}) {
            Idl idl = IDLS.get(group.equals("pumpswap") ? "pump_amm" : group);
            for (JsonNode v : Vectors.load("instructions.json").path(group)) {
                byte[] data = Vectors.hex(v.path("instruction").path("data"));
                IdlInstruction ix = idl.instructionOf(data).orElseThrow();
                assertThat(ix.name()).isEqualTo(v.path("name").asText());
                assertThat(new IdlDecoder(idl).instructionArgs(ix, data).fields()).hasSize(ix.args().size());
            }
        }
    }
}

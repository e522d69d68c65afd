package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.Samples;
import org.junit.jupiter.api.Test;

class EngineJsonTest {

    @Test
    void everyJournalEntryTypeRoundTrips() throws Exception {
        for (JournalEntry entry : Samples.everyEntryType()) {
            String json = EngineJson.MAPPER.writeValueAsString(entry);
            assertThat(EngineJson.MAPPER.readValue(json, entry.getClass())).as(json).isEqualTo(entry);
        }
    }

    @Test
    void aRichEngineStateRoundTrips() throws Exception {
        EngineState state = Samples.engineState();
        String json = EngineJson.MAPPER.writeValueAsString(state);
        assertThat(EngineJson.MAPPER.readValue(json, EngineState.class)).isEqualTo(state);
    }

    @Test
    void theSameStateAlwaysGivesTheSameBytes() throws Exception {
        EngineState state = Samples.engineState();
        assertThat(EngineJson.MAPPER.writeValueAsString(state)).isEqualTo(EngineJson.MAPPER.writeValueAsString(state));
    }

    @Test
    void amountsAreNumbersAndAddressesAreBase58() throws Exception {
        String json = EngineJson.MAPPER.writeValueAsString(Samples.everyEntryType().get(2));
        assertThat(json).contains("\"amount\":123456").contains("\"mint\":\"" + Samples.ROOT.mint() + "\"");
        assertThat(json).doesNotContain("isRoot").doesNotContain("label");
    }

    @Test
    void aBadAddressIsReportedWithTheValue() {
        String json = "{\"token\":{\"mint\":\"not-an-address\",\"symbol\":\"A\",\"name\":\"A\",\"role\":\"ROOT\","
                + "\"market\":\"AMM\",\"program\":\"SPL_TOKEN\"}}";
        assertThatThrownBy(() -> EngineJson.MAPPER.readValue(json, JournalEntry.TokenRegistered.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("bad Address 'not-an-address'");
    }
}

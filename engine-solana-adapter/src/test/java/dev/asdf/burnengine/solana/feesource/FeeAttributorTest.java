package dev.asdf.burnengine.solana.feesource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.FeeVault;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeeAttributorTest {
    private final FeeAttributor attributor = new FeeAttributor(EcosystemVaults.of(FeeFixtures.creator()),
            FeeFixtures.pools(), 0);

    static Stream<Arguments> fixtures() {
        return FeeFixtures.cases().stream().map(c -> Arguments.of(c.path("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void credits_exactly_what_the_oracle_expects(String name, JsonNode fixture) {
        FeeExplanation e = attributor.explain(ConfirmedTransactions.parse(FeeFixtures.json(fixture)));
        assertThat(credits(e)).containsExactlyElementsOf(expectedCredits(fixture));
        assertThat(unattributed(e)).containsExactlyElementsOf(expectedUnattributed(fixture));
        assertThat(e.rejections()).hasSize(fixture.path("expect").path("rejections").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reads_the_base64_encoding_the_same_way_as_json(String name, JsonNode fixture) {
        FeeExplanation fromJson = attributor.explain(ConfirmedTransactions.parse(FeeFixtures.json(fixture)));
        FeeExplanation fromBase64 = attributor.explain(ConfirmedTransactions.parse(FeeFixtures.base64(fixture)));
        assertThat(fromBase64).isEqualTo(fromJson);
    }

    @Test
    void derives_the_same_vault_addresses_as_the_oracle() {
        EcosystemVaults vaults = EcosystemVaults.of(FeeFixtures.creator());
        assertThat(vaults.curveVault().toString()).isEqualTo(FeeFixtures.all().path("curveVault").asText());
        assertThat(vaults.ammVault().toString()).isEqualTo(FeeFixtures.all().path("ammVault").asText());
    }

    @Test
    void names_the_foreign_creator_in_the_rejection() {
        FeeExplanation e = attributor.explain(ConfirmedTransactions.parse(FeeFixtures.json(
                FeeFixtures.byName("an event naming another creator is rejected"))));
        assertThat(e.rejections().get(0).reason()).contains(FeeFixtures.all().path("stranger").asText())
                .contains("not the ecosystem's creator");
    }

    @Test
    void rejects_a_swap_whose_pool_is_unknown_and_leaves_its_fee_unattributed() {
        FeeAttributor blind = new FeeAttributor(EcosystemVaults.of(FeeFixtures.creator()), PoolDirectory.none(), 0);
        FeeExplanation e = blind.explain(ConfirmedTransactions.parse(FeeFixtures.json(
                FeeFixtures.byName("a PumpSwap buy credits the pool's base mint from the WSOL vault"))));
        assertThat(e.credits()).isEmpty();
        assertThat(e.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("not a PumpSwap pool"));
        assertThat(e.unattributed()).singleElement().satisfies(u -> {
            assertThat(u.amount().value()).isEqualTo(3_000);
            assertThat(u.vault()).isEqualTo(FeeVault.AMM);
        });
    }

    @Test
    void reports_the_vault_deltas_it_checked() {
        FeeExplanation e = attributor.explain(ConfirmedTransactions.parse(FeeFixtures.json(
                FeeFixtures.byName("one transaction trades two ecosystem tokens and credits each its own fee"))));
        assertThat(e.vaultDeltas()).containsEntry(FeeVault.BONDING_CURVE, 10_000L).containsEntry(FeeVault.AMM, 0L);
    }

    private static List<String> credits(FeeExplanation e) {
        return e.credits().stream().map(c -> c.mint() + " " + c.lamports() + " " + c.vault() + " " + c.eventName() + " #"
                + c.id().index()).toList();
    }

    private static List<String> unattributed(FeeExplanation e) {
        return e.unattributed().stream().map(u -> u.amount().value() + " " + u.vault()).toList();
    }

    private static List<String> expectedCredits(JsonNode fixture) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : fixture.path("expect").path("credits")) {
            out.add(Address.parse(c.path("mint").asText()) + " " + c.path("lamports").asLong() + " " + c.path("vault").asText()
                    + " " + c.path("event").asText() + " #" + c.path("index").asInt());
        }
        return out;
    }

    private static List<String> expectedUnattributed(JsonNode fixture) {
        List<String> out = new ArrayList<>();
        for (JsonNode u : fixture.path("expect").path("unattributed")) {
            out.add(u.path("lamports").asLong() + " " + u.path("vault").asText());
        }
        return out;
    }
}

package dev.asdf.burnengine.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.testkit.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenRegistryTest {

    @Test
    @DisplayName("seed defect F15: a new root demotes the old one, so there is never a second root")
    void aNewRootDemotesTheOldOneSoThereIsNeverTwo() {
        TokenRegistry registry = new TokenRegistry();
        registry.register(TestData.root(1, "OLD"));
        registry.register(TestData.root(2, "NEW"));
        assertThat(registry.all()).filteredOn(s -> s.token().isRoot()).singleElement()
                .extracting(s -> s.token().symbol()).isEqualTo("NEW");
    }

    @Test
    void refreshingChainFactsKeepsTheTokensParticipationState() {
        TokenRegistry registry = new TokenRegistry();
        Token t = TestData.secondary(1, "A");
        registry.register(t);
        registry.setStatus(t.mint(), TokenStatus.PAUSED, "operator");
        registry.register(t.withMarket(Market.AMM));
        assertThat(registry.require(t.mint()).status()).isEqualTo(TokenStatus.PAUSED);
        assertThat(registry.require(t.mint()).token().market()).isEqualTo(Market.AMM);
    }

    @Test
    void anUnknownMintIsNamedInTheError() {
        TokenRegistry registry = new TokenRegistry();
        assertThatThrownBy(() -> registry.require(TestData.address(9)))
                .hasMessageContaining(TestData.address(9).toString())
                .hasMessageContaining("is not part of this ecosystem");
    }
}

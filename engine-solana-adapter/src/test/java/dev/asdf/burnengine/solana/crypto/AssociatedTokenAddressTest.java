package dev.asdf.burnengine.solana.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.program.ProgramIds;
import org.junit.jupiter.api.Test;

class AssociatedTokenAddressTest {
    private static final Address OWNER = Address.parse("9C6hybhQ6Aycep9jaUnP6uL9ZYvDjUp1aSkFWPUFJtpj");
    private static final Address MINT = Address.parse("9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu");

    @Test
    void everyOracleCaseMatchesSplToken() {
        JsonNode cases = Vectors.load("atas.json").path("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(1000);
        for (JsonNode c : cases) {
            Address ata = AssociatedTokenAddress.find(Vectors.address(c.path("owner")), Vectors.address(c.path("mint")),
                    Vectors.address(c.path("tokenProgram"))).address();
            assertThat(ata.toString()).as("ATA of %s", c).isEqualTo(c.path("address").asText());
        }
    }

    @Test
    void splTokenAndToken2022AtasOfTheSameOwnerAndMintDiffer() {
        assertThat(AssociatedTokenAddress.of(OWNER, MINT, TokenProgram.SPL_TOKEN))
                .hasToString("HM3Dgk9JNGC4gFofJbKS6czWBDXxyx5vA1myz6WNUEP3");
        assertThat(AssociatedTokenAddress.of(OWNER, MINT, TokenProgram.TOKEN_2022))
                .hasToString("G6nyWbbE8VKBGBcjyd86FZA5mz4pGkmQm8zDeCEMCrVG");
    }

    @Test
    void offCurveOwnersAreAllowedAsTheDatAuthoritysWsolAccountShows() {
        Address datAuthority = Address.parse("84ddDW8Vvuc9NMTQQFMtd2SAhR3xvGEJgJ9Xqe2VMi68");
        assertThat(AssociatedTokenAddress.of(datAuthority, ProgramIds.NATIVE_MINT, TokenProgram.SPL_TOKEN))
                .hasToString("12Fi6R2Ck53nEHTyvWeHEwbHTytqf2Li78p3UaYf7Mzu");
    }
}

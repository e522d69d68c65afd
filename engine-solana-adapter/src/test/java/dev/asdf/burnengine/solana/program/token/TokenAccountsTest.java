package dev.asdf.burnengine.solana.program.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenAccountsTest {
    @Test
    void splMintsDecodeAsSplTokenUnpacksThem() {
        for (JsonNode c : cases("spl_token", "Mint")) {
            JsonNode v = c.path("value");
            MintAccount mint = MintAccount.decode(Vectors.hex(c.path("data")));
            assertThat(mint.supply()).isEqualTo(Vectors.u64(v.path("supply")));
            assertThat(mint.decimals()).isEqualTo(v.path("decimals").asInt());
            assertThat(mint.mintAuthority().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("mintAuthority").isNull() ? null : v.path("mintAuthority").asText());
            assertThat(mint.freezeAuthority().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("freezeAuthority").isNull() ? null : v.path("freezeAuthority").asText());
            assertThat(mint.extensions()).isEmpty();
        }
    }

    @Test
    void splTokenAccountsDecodeAsSplTokenUnpacksThem() {
        for (JsonNode c : cases("spl_token", "Account")) {
            JsonNode v = c.path("value");
            TokenAccount account = TokenAccount.decode(Vectors.hex(c.path("data")));
            assertThat(account.mint()).isEqualTo(Vectors.address(v.path("mint")));
            assertThat(account.owner()).isEqualTo(Vectors.address(v.path("owner")));
            assertThat(account.amount()).isEqualTo(Vectors.u64(v.path("amount")));
            assertThat(account.isNative()).isEqualTo(v.path("isNative").asBoolean());
            assertThat(account.state()).isEqualTo(v.path("isFrozen").asBoolean() ? TokenAccount.State.FROZEN
                    : TokenAccount.State.INITIALIZED);
            assertThat(account.delegate().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("delegate").isNull() ? null : v.path("delegate").asText());
            assertThat(account.closeAuthority().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("closeAuthority").isNull() ? null : v.path("closeAuthority").asText());
        }
    }

    @Test
    void token2022MintsExposeTheirExtensionsAndMetadata() {
        List<JsonNode> mints = cases("token_2022", "Mint");
        assertThat(mints).hasSize(4);
        for (JsonNode c : mints) {
            JsonNode v = c.path("value");
            MintAccount mint = MintAccount.decode(Vectors.hex(c.path("data")));
            assertThat(mint.supply()).isEqualTo(Vectors.u64(v.path("supply")));
            assertThat(mint.extensions().stream().map(TokenExtension::type).toList())
                    .containsExactly(v.path("extensionTypes").get(0).asInt(), v.path("extensionTypes").get(1).asInt());
            assertThat(mint.extensions().stream().map(TokenExtension::name).toList())
                    .containsExactly("MetadataPointer", "TokenMetadata");
            TokenMetadata metadata = mint.metadata().orElseThrow();
            assertThat(metadata.name()).isEqualTo(v.path("metadata").path("name").asText());
            assertThat(metadata.symbol()).isEqualTo(v.path("metadata").path("symbol").asText());
            assertThat(metadata.uri()).isEqualTo(v.path("metadata").path("uri").asText());
            assertThat(metadata.mint()).isEqualTo(Vectors.address(v.path("metadata").path("mint")));
            assertThat(metadata.additionalMetadata()).hasSize(v.path("metadata").path("additionalMetadata").size());
        }
    }

    @Test
    void anAccountOfNinetyBytesIsNeitherAMintNorAnExtendedOne() {
        assertThatThrownBy(() -> MintAccount.decode(new byte[90]))
                .isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("token mint account data is 90 bytes: not the 82-byte base layout and too short"
                        + " for Token-2022 extensions");
    }

    @Test
    void aTokenAccountPassedAsAMintIsRefusedByItsAccountType() {
        byte[] data = new byte[200];
        data[165] = 2;
        assertThatThrownBy(() -> MintAccount.decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("has Token-2022 account type 2 at offset 165 but a mint has 1");
    }

    private static List<JsonNode> cases(String program, String type) {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (c.path("program").asText().equals(program) && c.path("type").asText().equals(type)) {
                out.add(c);
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}

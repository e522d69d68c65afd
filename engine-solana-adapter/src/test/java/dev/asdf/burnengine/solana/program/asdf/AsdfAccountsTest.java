package dev.asdf.burnengine.solana.program.asdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AsdfAccountsTest {
    @Test
    void datStateWithEveryCombinationOfItsOptionsDecodesAsAnchorEncodedIt() {
        int withRoot = 0;
        int withoutRoot = 0;
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("DATState")) {
                continue;
            }
            JsonNode v = c.path("value");
            DatState s = DatState.decode(Vectors.hex(c.path("data")));
            assertThat(s.admin()).isEqualTo(Vectors.address(v.path("admin")));
            assertThat(s.asdfMint()).isEqualTo(Vectors.address(v.path("asdf_mint")));
            assertThat(s.poolAddress()).isEqualTo(Vectors.address(v.path("pool_address")));
            assertThat(s.active()).isEqualTo(v.path("is_active").asBoolean());
            assertThat(s.emergencyPause()).isEqualTo(v.path("emergency_pause").asBoolean());
            assertThat(s.slippageBps()).isEqualTo(v.path("slippage_bps").asInt());
            assertThat(s.maxFeesPerCycle()).isEqualTo(Vectors.u64(v.path("max_fees_per_cycle")));
            assertThat(s.pendingBurnAmount()).isEqualTo(Vectors.u64(v.path("pending_burn_amount")));
            assertThat(s.rootTokenMint().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("root_token_mint").isNull() ? null : v.path("root_token_mint").asText());
            assertThat(s.feeSplitBps()).as("fee split after a variable-offset option").isEqualTo(
                    v.path("fee_split_bps").asInt());
            assertThat(s.lastSolSentToRoot()).isEqualTo(Vectors.u64(v.path("last_sol_sent_to_root")));
            assertThat(s.pendingAdmin().map(Object::toString).orElse(null))
                    .isEqualTo(v.path("pending_admin").isNull() ? null : v.path("pending_admin").asText());
            assertThat(s.pendingFeeSplit().isPresent()).isEqualTo(!v.path("pending_fee_split").isNull());
            if (s.pendingFeeSplit().isPresent()) {
                assertThat(s.pendingFeeSplit().getAsInt()).isEqualTo(v.path("pending_fee_split").asInt());
            }
            assertThat(s.pendingFeeSplitTimestamp()).isEqualTo(Vectors.u64(v.path("pending_fee_split_timestamp")));
            assertThat(s.adminOperationCooldown()).isEqualTo(Vectors.u64(v.path("admin_operation_cooldown")));
            if (!c.has("note")) {
                assertThat(s.lastDirectFeeSplitTimestamp())
                        .isEqualTo(Vectors.u64(v.path("last_direct_fee_split_timestamp")));
            }
            withRoot += s.rootTokenMint().isPresent() ? 1 : 0;
            withoutRoot += s.rootTokenMint().isPresent() ? 0 : 1;
        }
        assertThat(withRoot).isPositive();
        assertThat(withoutRoot).isPositive();
    }

    @Test
    void tokenStatsDecodesAsAnchorEncodedIt() {
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("TokenStats")) {
                continue;
            }
            JsonNode v = c.path("value");
            TokenStats s = TokenStats.decode(Vectors.hex(c.path("data")));
            assertThat(s.mint()).isEqualTo(Vectors.address(v.path("mint")));
            assertThat(s.totalBurned()).isEqualTo(Vectors.u64(v.path("total_burned")));
            assertThat(s.rootToken()).isEqualTo(v.path("is_root_token").asBoolean());
            assertThat(s.bump()).isEqualTo(v.path("bump").asInt());
            assertThat(s.pendingFeesLamports()).isEqualTo(Vectors.u64(v.path("pending_fees_lamports")));
            assertThat(s.cyclesParticipated()).isEqualTo(Vectors.u64(v.path("cycles_participated")));
        }
    }

    @Test
    void aTruncatedDatStateNamesItsLengthAndTheExpectedOne() {
        byte[] data = Arrays.copyOf(DatState.DISCRIMINATOR.toBytes(), 300);
        assertThatThrownBy(() -> DatState.decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessage("ASDF DATState account data is 300 bytes; DATState is 390 bytes (382 before"
                        + " migrate_dat_state); the account is truncated");
    }

    @Test
    void aTokenStatsGivenWhereADatStateIsExpectedIsRefusedByDiscriminator() {
        byte[] data = Arrays.copyOf(TokenStats.DISCRIMINATOR.toBytes(), 390);
        assertThatThrownBy(() -> DatState.decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessage("ASDF DATState account data has discriminator 077e19e8494fcaec but expected"
                        + " c4c3883e445b66b6; the data is of another type or program");
    }

    @Test
    void discriminatorsOfTheSpecAreTheAnchorHashes() {
        assertThat(DatState.DISCRIMINATOR).hasToString("c4c3883e445b66b6");
        assertThat(TokenStats.DISCRIMINATOR).hasToString("077e19e8494fcaec");
    }
}

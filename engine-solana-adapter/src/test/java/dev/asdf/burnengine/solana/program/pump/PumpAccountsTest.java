package dev.asdf.burnengine.solana.program.pump;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PumpAccountsTest {
    @Test
    void bondingCurvesOfEveryLayoutVersionDecodeWithAbsentFieldsReadAsZero() {
        int checked = 0;
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("BondingCurve")) {
                continue;
            }
            byte[] data = Vectors.hex(c.path("data"));
            JsonNode v = c.path("value");
            BondingCurve curve = BondingCurve.decode(data);
            int length = data.length;
            assertThat(curve.layout().length()).as("layout of %d bytes", length).isLessThanOrEqualTo(length);
            assertThat(curve.virtualTokenReserves()).isEqualTo(u64(v.path("virtual_token_reserves")));
            assertThat(curve.virtualQuoteReserves()).isEqualTo(u64(v.path("virtual_quote_reserves")));
            assertThat(curve.realTokenReserves()).isEqualTo(u64(v.path("real_token_reserves")));
            assertThat(curve.realQuoteReserves()).isEqualTo(u64(v.path("real_quote_reserves")));
            assertThat(curve.tokenTotalSupply()).isEqualTo(u64(v.path("token_total_supply")));
            assertThat(curve.complete()).isEqualTo(v.path("complete").asBoolean());
            assertThat(curve.creator().isZero() || length >= 81).isTrue();
            if (length >= 81) {
                assertThat(curve.creator()).isEqualTo(address(v.path("creator")));
            }
            assertThat(curve.mayhemMode()).isEqualTo(length >= 82 && v.path("is_mayhem_mode").asBoolean());
            assertThat(curve.cashbackCoin()).isEqualTo(length >= 83 && v.path("is_cashback_coin").asBoolean());
            if (length >= 115) {
                assertThat(curve.quoteMint()).isEqualTo(address(v.path("quote_mint")));
            } else {
                assertThat(curve.quoteMint().isZero()).isTrue();
            }
            assertThat(curve.creatorFeeBps()).isEqualTo(length >= 125 ? u64(v.path("creator_fee_bps")) : 0);
            assertThat(curve.holderReward()).isEqualTo(length >= 125 && v.path("is_holder_reward").asBoolean());
            checked++;
        }
        assertThat(checked).isEqualTo(56);
    }

    @Test
    void globalDecodesTheFeeRecipientListsAlsoFromTheShorterLiveAccount() {
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("Global")) {
                continue;
            }
            JsonNode v = c.path("value");
            PumpGlobal g = PumpGlobal.decode(Vectors.hex(c.path("data")));
            assertThat(g.feeRecipients().get(0)).isEqualTo(address(v.path("fee_recipient")));
            for (int i = 0; i < 7; i++) {
                assertThat(g.feeRecipients().get(i + 1)).isEqualTo(address(v.path("fee_recipients").get(i)));
                assertThat(g.reservedFeeRecipients().get(i + 1))
                        .isEqualTo(address(v.path("reserved_fee_recipients").get(i)));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(g.buybackFeeRecipients().get(i)).isEqualTo(address(v.path("buyback_fee_recipients").get(i)));
            }
            assertThat(g.feeBasisPoints()).isEqualTo(u64(v.path("fee_basis_points")));
            assertThat(g.creatorFeeBasisPoints()).isEqualTo(u64(v.path("creator_fee_basis_points")));
            assertThat(g.buybackBasisPoints()).isEqualTo(u64(v.path("buyback_basis_points")));
            if (!c.has("note")) {
                assertThat(g.creatorFeeConfigurable()).isEqualTo(v.path("creator_fee_configurable").asBoolean());
                assertThat(g.maxConfigurableCreatorFeeBps()).isEqualTo(u64(v.path("max_configurable_creator_fee_bps")));
            }
        }
    }

    @Test
    void tradeEventDecodesTheKnownPrefixAsTheSdkDoes() {
        int checked = 0;
        for (JsonNode c : Vectors.load("events.json").path("cases")) {
            if (!c.path("type").asText().equals("TradeEvent")) {
                continue;
            }
            JsonNode v = c.path("value");
            TradeEvent e = TradeEvent.fromEventCpi(Vectors.hex(c.path("eventCpi")));
            assertThat(e).isEqualTo(TradeEvent.decode(Vectors.hex(c.path("payload")), 0));
            assertThat(e.mint()).isEqualTo(address(v.path("mint")));
            assertThat(e.solAmount()).isEqualTo(u64(v.path("sol_amount")));
            assertThat(e.tokenAmount()).isEqualTo(u64(v.path("token_amount")));
            assertThat(e.isBuy()).isEqualTo(v.path("is_buy").asBoolean());
            assertThat(e.user()).isEqualTo(address(v.path("user")));
            assertThat(e.timestamp()).isEqualTo(u64(v.path("timestamp")));
            assertThat(e.feeRecipient()).isEqualTo(address(v.path("fee_recipient")));
            assertThat(e.fee()).isEqualTo(u64(v.path("fee")));
            assertThat(e.creator()).isEqualTo(address(v.path("creator")));
            assertThat(e.creatorFee()).isEqualTo(u64(v.path("creator_fee")));
            assertThat(e.lastUpdateTimestamp()).isEqualTo(u64(v.path("last_update_timestamp")));
            assertThat(e.ixName()).isEqualTo(v.path("ix_name").asText());
            assertThat(e.creatorFee()).as("the SDK reads the same creator fee")
                    .isEqualTo(u64(c.path("decodedBySdk").path("creatorFee")));
            checked++;
        }
        assertThat(checked).isEqualTo(20);
    }

    @Test
    void aBondingCurveShorterThanTheOriginalLayoutIsTruncated() {
        byte[] data = Arrays.copyOf(BondingCurve.DISCRIMINATOR.toBytes(), 40);
        assertThatThrownBy(() -> BondingCurve.decode(data))
                .isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("pump BondingCurve account data is 40 bytes; even the original layout has 49");
    }

    @Test
    void aTradeEventCutBeforeItsInstructionNameIsRefusedNamingTheField() {
        JsonNode c = Vectors.load("events.json").path("cases").findValues("type").stream()
                .filter(t -> t.asText().equals("TradeEvent")).findFirst().orElseThrow();
        byte[] payload = null;
        for (JsonNode e : Vectors.load("events.json").path("cases")) {
            if (e.path("type").asText().equals(c.asText())) {
                payload = Vectors.hex(e.path("payload"));
                break;
            }
        }
        byte[] cut = Arrays.copyOf(payload, 8 + 32 + 8 + 8 + 1 + 32 + 8 + 8 * 4 + 32 + 16 + 32 + 16 + 1 + 16 + 8 + 8);
        assertThatThrownBy(() -> TradeEvent.decode(cut, 0))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("field 'ix_name length'");
    }
}

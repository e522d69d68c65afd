package dev.asdf.burnengine.solana.program.pumpswap;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PumpSwapAccountsTest {
    @Test
    void poolsOfEveryLayoutDecodeWithTheTokenAccountsAndCoinCreator() {
        int checked = 0;
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("Pool")) {
                continue;
            }
            byte[] data = Vectors.hex(c.path("data"));
            JsonNode v = c.path("value");
            Pool p = Pool.decode(data);
            assertThat(p.index()).isEqualTo(v.path("index").asInt());
            assertThat(p.creator()).isEqualTo(address(v.path("creator")));
            assertThat(p.baseMint()).isEqualTo(address(v.path("base_mint")));
            assertThat(p.poolBaseTokenAccount()).isEqualTo(address(v.path("pool_base_token_account")));
            assertThat(p.poolQuoteTokenAccount()).isEqualTo(address(v.path("pool_quote_token_account")));
            assertThat(p.lpSupply()).isEqualTo(u64(v.path("lp_supply")));
            if (data.length >= 243) {
                assertThat(p.coinCreator()).isEqualTo(address(v.path("coin_creator")));
            }
            assertThat(p.virtualQuoteReserves()).isEqualTo(data.length >= 261
                    ? new BigInteger(v.path("virtual_quote_reserves").asText()) : BigInteger.ZERO);
            checked++;
        }
        assertThat(checked).isEqualTo(20);
    }

    @Test
    void globalConfigDecodesTheRecipientLists() {
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("GlobalConfig")) {
                continue;
            }
            JsonNode v = c.path("value");
            GlobalConfig g = GlobalConfig.decode(Vectors.hex(c.path("data")));
            assertThat(g.lpFeeBasisPoints()).isEqualTo(u64(v.path("lp_fee_basis_points")));
            assertThat(g.protocolFeeBasisPoints()).isEqualTo(u64(v.path("protocol_fee_basis_points")));
            assertThat(g.coinCreatorFeeBasisPoints()).isEqualTo(u64(v.path("coin_creator_fee_basis_points")));
            for (int i = 0; i < 8; i++) {
                assertThat(g.protocolFeeRecipients().get(i))
                        .isEqualTo(address(v.path("protocol_fee_recipients").get(i)));
                assertThat(g.buybackFeeRecipients().get(i)).isEqualTo(address(v.path("buyback_fee_recipients").get(i)));
            }
            assertThat(g.reservedFeeRecipients().get(0)).isEqualTo(address(v.path("reserved_fee_recipient")));
            assertThat(g.maxConfigurableCreatorFeeBps()).isEqualTo(u64(v.path("max_configurable_creator_fee_bps")));
        }
    }

    @Test
    void buyAndSellEventsDecodeFromTheirEventCpi() {
        int buys = 0;
        int sells = 0;
        for (JsonNode c : Vectors.load("events.json").path("cases")) {
            String type = c.path("type").asText();
            if (!type.equals("BuyEvent") && !type.equals("SellEvent")) {
                continue;
            }
            JsonNode v = c.path("value");
            SwapEvent e = SwapEvent.fromEventCpi(Vectors.hex(c.path("eventCpi")));
            boolean buy = type.equals("BuyEvent");
            assertThat(e.side()).isEqualTo(buy ? SwapEvent.Side.BUY : SwapEvent.Side.SELL);
            assertThat(e.baseAmount()).isEqualTo(u64(v.path(buy ? "base_amount_out" : "base_amount_in")));
            assertThat(e.quoteAmount()).isEqualTo(u64(v.path(buy ? "quote_amount_in" : "quote_amount_out")));
            assertThat(e.userQuoteAmount()).isEqualTo(u64(v.path(buy ? "user_quote_amount_in" : "user_quote_amount_out")));
            assertThat(e.pool()).isEqualTo(address(v.path("pool")));
            assertThat(e.coinCreator()).isEqualTo(address(v.path("coin_creator")));
            assertThat(e.coinCreatorFee()).isEqualTo(u64(v.path("coin_creator_fee")));
            buys += buy ? 1 : 0;
            sells += buy ? 0 : 1;
        }
        assertThat(buys).isEqualTo(10);
        assertThat(sells).isEqualTo(10);
    }
}

package dev.asdf.burnengine.solana.program.pumpfees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeConfigTest {
    private static final Fees LOW = new Fees(2, 93, 30);
    private static final Fees MID = new Fees(20, 5, 95);
    private static final Fees HIGH = new Fees(20, 5, 5);
    private static final List<FeeTier> TIERS = List.of(
            new FeeTier(BigInteger.valueOf(100), LOW), new FeeTier(BigInteger.valueOf(420), MID),
            new FeeTier(BigInteger.valueOf(98_240), HIGH));

    @Test
    void feeConfigsEncodedByAnchorDecodeWithAllTheirTiers() {
        int checked = 0;
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if (!c.path("type").asText().equals("FeeConfig")) {
                continue;
            }
            JsonNode v = c.path("value");
            FeeConfig config = FeeConfig.decode(Vectors.hex(c.path("data")));
            assertThat(config.admin()).isEqualTo(Vectors.address(v.path("admin")));
            assertThat(config.feeTiers()).hasSize(v.path("fee_tiers").size());
            assertThat(config.stableFeeTiers()).hasSize(v.path("stable_fee_tiers").size());
            for (int i = 0; i < config.feeTiers().size(); i++) {
                JsonNode t = v.path("fee_tiers").get(i);
                assertThat(config.feeTiers().get(i).marketCapThreshold())
                        .isEqualTo(new BigInteger(t.path("market_cap_lamports_threshold").asText()));
                assertThat(config.feeTiers().get(i).fees().creatorFeeBps())
                        .isEqualTo(Vectors.u64(t.path("fees").path("creator_fee_bps")));
            }
            assertThat(config.exoticFlatFees().protocolFeeBps())
                    .isEqualTo(Vectors.u64(v.path("exotic_flat_fees").path("protocol_fee_bps")));
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void aMarketCapBelowTheFirstThresholdPaysTheFirstTier() {
        assertThat(FeeTierSelection.tier(TIERS, BigInteger.valueOf(5))).isEqualTo(LOW);
    }

    @Test
    void aMarketCapPaysTheLastTierWhoseThresholdItReaches() {
        assertThat(FeeTierSelection.tier(TIERS, BigInteger.valueOf(420))).isEqualTo(MID);
        assertThat(FeeTierSelection.tier(TIERS, BigInteger.valueOf(98_239))).isEqualTo(MID);
        assertThat(FeeTierSelection.tier(TIERS, BigInteger.valueOf(10_000_000))).isEqualTo(HIGH);
    }

    @Test
    void exoticQuoteMintsPayTheFlatFeesWhileNoExoticScheduleIsSet() {
        FeeConfig config = new FeeConfig(0, ProgramIds.SYSTEM, new Fees(1, 2, 3), TIERS, List.of(), Fees.ZERO);
        Address exotic = Address.parse("9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu");
        assertThat(FeeTierSelection.forQuoteMint(config, exotic, BigInteger.ONE)).isEqualTo(new Fees(1, 2, 3));
        assertThat(FeeTierSelection.forQuoteMint(config, ProgramIds.NATIVE_MINT, BigInteger.valueOf(500)))
                .isEqualTo(MID);
    }

    @Test
    void anEmptyTierListIsRefusedAsACorruptConfig() {
        assertThatThrownBy(() -> FeeTierSelection.tier(List.of(), BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the fee config has no fee tiers");
    }
}

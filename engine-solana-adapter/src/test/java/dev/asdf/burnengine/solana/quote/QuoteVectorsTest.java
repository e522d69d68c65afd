package dev.asdf.burnengine.solana.quote;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTier;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteVectorsTest {
    private static final Address ZERO = Address.of(new byte[32]);

    @Test
    void bondingCurveQuotesEqualThePumpSdksOnRandomReserves() {
        JsonNode cases = Vectors.load("quotes.json").path("curve");
        assertThat(cases.size()).isGreaterThanOrEqualTo(400);
        for (JsonNode c : cases) {
            BondingCurve curve = curve(c.path("curve"));
            Fees rates = BondingCurveQuote.feeRates(global(c.path("global")), feeConfig(c.path("feeConfig")), curve,
                    u64(c.path("mintSupply")));
            assertThat(BondingCurveQuote.buyExactSolIn(curve, rates, u64(c.path("solIn"))))
                    .as("tokens for %s lamports on %s", c.path("solIn"), c.path("curve"))
                    .isEqualTo(u64(c.path("buyExactSolIn")));
            assertThat(BondingCurveQuote.buyExactTokensOut(curve, rates, u64(c.path("tokensOut"))))
                    .as("cost of %s tokens on %s", c.path("tokensOut"), c.path("curve"))
                    .isEqualTo(u64(c.path("buyExactTokensOut")));
            assertThat(BondingCurveQuote.sellExactTokensIn(curve, rates, u64(c.path("tokensOut"))))
                    .as("proceeds of %s tokens on %s", c.path("tokensOut"), c.path("curve"))
                    .isEqualTo(u64(c.path("sellExactTokensIn")));
        }
    }

    @Test
    void pumpSwapQuotesEqualThePumpSwapSdksOnRandomPools() {
        JsonNode cases = Vectors.load("quotes.json").path("amm");
        assertThat(cases.size()).isGreaterThanOrEqualTo(400);
        for (JsonNode c : cases) {
            Pool pool = new Pool(255, 0, address(c.path("poolCreator")), address(c.path("baseMint")),
                    ProgramIds.NATIVE_MINT, ZERO, ZERO, ZERO, 0, address(c.path("coinCreator")),
                    c.path("isMayhemMode").asBoolean(), false, new BigInteger(c.path("virtualQuoteReserves").asText()),
                    u64(c.path("creatorFeeBps")), false, false);
            long base = u64(c.path("baseReserve"));
            long quote = u64(c.path("quoteReserve"));
            Fees rates = PumpSwapQuote.feeRates(globalConfig(c.path("globalConfig")), feeConfig(c.path("feeConfig")),
                    pool, u64(c.path("baseMintSupply")), base, quote);
            double slippage = c.path("slippage").asDouble();
            PumpSwapQuote.BuyBaseOut byBase = PumpSwapQuote.buyBaseOut(pool, base, quote, rates, u64(c.path("baseOut")),
                    slippage);
            JsonNode expected = c.path("buyBaseOut");
            assertThat(byBase).as("buy %s base of %s", c.path("baseOut"), c).isEqualTo(new PumpSwapQuote.BuyBaseOut(
                    u64(expected.path("quoteIn")), u64(expected.path("totalQuote")), u64(expected.path("maxQuote"))));
            PumpSwapQuote.BuyQuoteIn byQuote = PumpSwapQuote.buyQuoteIn(pool, base, quote, rates,
                    u64(c.path("quoteIn")), slippage);
            JsonNode expectedQ = c.path("buyQuoteIn");
            assertThat(byQuote).as("spend %s quote on %s", c.path("quoteIn"), c).isEqualTo(new PumpSwapQuote.BuyQuoteIn(
                    u64(expectedQ.path("baseOut")), u64(expectedQ.path("quoteWithoutFees")),
                    u64(expectedQ.path("maxQuote"))));
        }
    }

    @Test
    void sdkSlippageOnTheSolSideAddsTenthsOfAPercent() {
        assertThat(BondingCurveQuote.maxSolCost(1_000_000_000L, 1.5)).isEqualTo(1_015_000_000L);
        assertThat(BondingCurveQuote.maxSolCost(1_000_000_000L, 0)).isEqualTo(1_000_000_000L);
    }

    static BondingCurve curve(JsonNode c) {
        return new BondingCurve(BondingCurve.Layout.CONFIGURABLE_CREATOR_FEE, u64(c.path("virtualTokenReserves")),
                u64(c.path("virtualQuoteReserves")), u64(c.path("realTokenReserves")), u64(c.path("realQuoteReserves")),
                u64(c.path("tokenTotalSupply")), c.path("complete").asBoolean(), address(c.path("creator")),
                c.path("isMayhemMode").asBoolean(), c.path("isCashbackCoin").asBoolean(), address(c.path("quoteMint")),
                u64(c.path("creatorFeeBps")), c.path("canEditCreatorFee").asBoolean(), c.path("isHolderReward").asBoolean());
    }

    static PumpGlobal global(JsonNode g) {
        return new PumpGlobal(true, ZERO, List.of(), 0, 0, 0, 0, u64(g.path("feeBasisPoints")),
                u64(g.path("creatorFeeBasisPoints")), List.of(), false, List.of(), 0,
                g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    static GlobalConfig globalConfig(JsonNode g) {
        return new GlobalConfig(ZERO, u64(g.path("lpFeeBasisPoints")), u64(g.path("protocolFeeBasisPoints")), 0,
                List.of(), u64(g.path("coinCreatorFeeBasisPoints")), List.of(), false, List.of(), 0,
                g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    static FeeConfig feeConfig(JsonNode f) {
        return new FeeConfig(0, ZERO, fees(f.path("flatFees")), tiers(f.path("feeTiers")), tiers(f.path("stableFeeTiers")),
                fees(f.path("exoticFlatFees")));
    }

    private static List<FeeTier> tiers(JsonNode list) {
        List<FeeTier> out = new ArrayList<>();
        for (JsonNode t : list) {
            out.add(new FeeTier(new BigInteger(t.path("marketCapLamportsThreshold").asText()), fees(t.path("fees"))));
        }
        return out;
    }

    private static Fees fees(JsonNode f) {
        return new Fees(u64(f.path("lpFeeBps")), u64(f.path("protocolFeeBps")), u64(f.path("creatorFeeBps")));
    }
}

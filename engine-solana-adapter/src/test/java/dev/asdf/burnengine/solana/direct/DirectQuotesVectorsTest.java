package dev.asdf.burnengine.solana.direct;

import static dev.asdf.burnengine.solana.Vectors.address;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.executor.StepBuild;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTier;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.quote.BondingCurveQuote;
import dev.asdf.burnengine.solana.quote.PumpSwapQuote;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Direct mode's buy sizing against the official SDKs' math on 1,000 random bonding-curve and 1,000 random PumpSwap
 * states ({@code vectors/direct-quotes.json}, written by {@code src/test/oracle/pump/direct-quotes.mjs}), and the caps:
 * a buy's on-chain cap never exceeds its budget nor the fresh quote plus the slippage allowance, and the buys of one
 * cycle never cap more than {@code direct.maxSpendPerCycle} together.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DirectQuotesVectorsTest {
    private static final JsonNode VECTORS = Vectors.load("direct-quotes.json");

    static long u(JsonNode n) {
        return Long.parseUnsignedLong(n.asText());
    }

    static FeeConfig feeConfig(JsonNode f) {
        List<FeeTier> tiers = new ArrayList<>();
        for (JsonNode t : f.path("feeTiers")) {
            tiers.add(new FeeTier(new BigInteger(t.path("threshold").asText()), new Fees(u(t.path("lp")),
                    u(t.path("protocol")), u(t.path("creator")))));
        }
        JsonNode flat = f.path("flat");
        return new FeeConfig(255, Address.of(new byte[32]), new Fees(u(flat.path("lp")), u(flat.path("protocol")),
                u(flat.path("creator"))), tiers, List.of(), Fees.ZERO);
    }

    static PumpGlobal global(JsonNode g, List<Address> recipients) {
        return new PumpGlobal(true, Address.of(new byte[32]), recipients, 0, 0, 0, 1_000_000_000_000_000L,
                u(g.path("feeBasisPoints")), u(g.path("creatorFeeBasisPoints")), recipients, true,
                PumpAddresses.BUYBACK_FEE_RECIPIENTS, 0, g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    static BondingCurve curve(JsonNode b) {
        return new BondingCurve(BondingCurve.Layout.CONFIGURABLE_CREATOR_FEE, u(b.path("virtualTokenReserves")),
                u(b.path("virtualQuoteReserves")), u(b.path("realTokenReserves")), 0, 1_000_000_000_000_000L, false,
                address(b.path("creator")), b.path("mayhemMode").asBoolean(), false, Address.of(new byte[32]),
                u(b.path("creatorFeeBps")), false, false);
    }

    static Pool pool(JsonNode a) {
        return new Pool(255, 0, address(a.path("poolCreator")), address(a.path("baseMint")), ProgramIds.NATIVE_MINT,
                Address.of(new byte[32]), Address.of(new byte[32]), Address.of(new byte[32]), 1,
                address(a.path("coinCreator")), a.path("mayhemMode").asBoolean(), false,
                new BigInteger(a.path("virtualQuoteReserves").asText()), u(a.path("creatorFeeBps")), false, false);
    }

    static GlobalConfig globalConfig(JsonNode g) {
        return new GlobalConfig(Address.of(new byte[32]), u(g.path("lpFeeBasisPoints")),
                u(g.path("protocolFeeBasisPoints")), 0, List.of(), u(g.path("coinCreatorFeeBasisPoints")), List.of(), true,
                List.of(), 0, g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    private static void checkCaps(DirectQuotes.Sized sized, long budget, int slippage) {
        if (sized.tokens() == 0) {
            assertThat(sized).isEqualTo(DirectQuotes.Sized.NOTHING);
            return;
        }
        assertThat(sized.maxCost()).isLessThanOrEqualTo(budget).isGreaterThanOrEqualTo(sized.cost())
                .isLessThanOrEqualTo(sized.cost() + BigInteger.valueOf(sized.cost()).multiply(BigInteger.valueOf(slippage))
                        .divide(BigInteger.valueOf(10_000)).longValueExact());
    }

    @Test
    void aThousandBondingCurveStatesQuoteAsTheSdkDoesAndStayWithinTheCaps() {
        JsonNode cases = VECTORS.path("curve");
        assertThat(cases.size()).isEqualTo(1000);
        int bought = 0;
        for (JsonNode c : cases) {
            BondingCurve curve = curve(c.path("curve"));
            PumpGlobal global = global(c.path("global"), List.of());
            Fees rates = BondingCurveQuote.feeRates(global, feeConfig(c.path("feeConfig")), curve, u(c.path("mintSupply")));
            long budget = u(c.path("budget"));
            int slippage = c.path("slippageBps").asInt();
            DirectQuotes.Sized sized = DirectQuotes.curve(curve, rates, budget, slippage);
            JsonNode e = c.path("expected");
            assertThat(sized).as("curve state %s", c).isEqualTo(new DirectQuotes.Sized(u(e.path("tokens")),
                    u(e.path("cost")), u(e.path("maxCost"))));
            checkCaps(sized, budget, slippage);
            if (sized.tokens() > 0) {
                bought++;
                // what the program charges at the quoted state fits under the cap written into the buy
                assertThat(BondingCurveQuote.buyExactTokensOut(curve, rates, sized.tokens()))
                        .isLessThanOrEqualTo(sized.maxCost());
            }
        }
        assertThat(bought).isGreaterThan(900);
    }

    @Test
    void aThousandPumpSwapStatesQuoteAsTheSdkDoesAndStayWithinTheCaps() {
        JsonNode cases = VECTORS.path("amm");
        assertThat(cases.size()).isEqualTo(1000);
        int bought = 0;
        for (JsonNode c : cases) {
            Pool pool = pool(c);
            long base = u(c.path("baseReserve"));
            long quote = u(c.path("quoteReserve"));
            Fees rates = PumpSwapQuote.feeRates(globalConfig(c.path("globalConfig")), feeConfig(c.path("feeConfig")),
                    pool, u(c.path("baseMintSupply")), base, quote);
            long budget = u(c.path("budget"));
            int slippage = c.path("slippageBps").asInt();
            DirectQuotes.Sized sized = DirectQuotes.pool(pool, base, quote, rates, budget, slippage);
            JsonNode e = c.path("expected");
            assertThat(sized).as("pool state %s", c).isEqualTo(new DirectQuotes.Sized(u(e.path("tokens")),
                    u(e.path("cost")), u(e.path("maxCost"))));
            checkCaps(sized, budget, slippage);
            if (sized.tokens() > 0) {
                bought++;
                assertThat(PumpSwapQuote.buyBaseOut(pool, base, quote, rates, sized.tokens(), 0).totalQuote())
                        .isLessThanOrEqualTo(sized.maxCost());
            }
        }
        assertThat(bought).isGreaterThan(900);
    }

    @Test
    void theBuysOfACycleNeverCapMoreThanTheSpendCapOnRandomStatesAndAllocations() {
        SplittableRandom r = new SplittableRandom(2026);
        JsonNode cases = VECTORS.path("curve");
        List<Address> recipients = PumpLegsTest.addrs(r, 8);
        for (int cycle = 0; cycle < 100; cycle++) {
            long cap = 1 + r.nextLong(50_000_000_000L);
            DirectSettings settings = new DirectSettings(Optional.of(PumpLegsTest.addr(r)),
                    Optional.of(PumpLegsTest.addr(r)), Optional.of(PumpLegsTest.addr(r)), r.nextInt(10_000),
                    r.nextInt(10_001), r.nextInt(5_001), Lamports.of(cap), Lamports.of(1), JitoSettings.disabled(), Optional.empty());
            JsonNode state = cases.get(r.nextInt(cases.size()));
            PumpBuyLeg leg = new PumpBuyLeg(null, new SplittableRandom(cycle)::nextInt);
            List<Long> caps = new ArrayList<>();
            BuyLeg recording = q -> {
                BuyLeg.Plan p = leg.curveBuy(q, global(state.path("global"), recipients), curve(state.path("curve")),
                        Optional.of(feeConfig(state.path("feeConfig"))), PumpLegsTest.mint(u(state.path("mintSupply"))));
                if (p instanceof BuyLeg.Plan.Ready ready) {
                    assertThat(ready.maxCost().value()).isLessThanOrEqualTo(q.budget().value());
                }
                return p;
            };
            DirectStepTransactions direct = new DirectStepTransactions(DirectStepTransactionsTest.key(40), settings,
                    (t, c) -> new CollectLeg.Plan.Ready(List.of(), List.of(), List.of()), recording,
                    () -> List.of(new dev.asdf.burnengine.solana.message.AddressLookupTable(PumpLegsTest.addr(r),
                            List.of())));
            int steps = 1 + r.nextInt(12);
            for (int i = 0; i < steps; i++) {
                Token token = new Token(PumpLegsTest.addr(r), "S", "s", TokenRole.SECONDARY, Market.BONDING_CURVE,
                        r.nextBoolean() ? TokenProgram.SPL_TOKEN : TokenProgram.TOKEN_2022);
                Lamports allocation = Lamports.of(1 + r.nextLong(20_000_000_000L));
                StepBuild b = direct.build(new CycleStep.SecondaryBuyback(new StepId(new CycleId("c" + cycle), i), token,
                        i == 0, SecondarySplit.of(allocation, settings.split())));
                if (b instanceof StepBuild.Built built) {
                    caps.add(maxSolCost(built));
                }
            }
            assertThat(caps.stream().mapToLong(Long::longValue).sum()).as("cycle %s, cap %s", cycle, cap)
                    .isLessThanOrEqualTo(cap);
        }
    }

    /** The {@code max_sol_cost} written into the step's pump buy. */
    private static long maxSolCost(StepBuild.Built built) {
        var buy = built.transaction().instructions().stream().filter(i -> i.programId().equals(ProgramIds.PUMP))
                .filter(i -> i.accounts().size() == 18).findFirst().orElseThrow();
        return dev.asdf.burnengine.solana.codec.BorshReader.of(buy.data(), 16, 24, "max_sol_cost").u64("max_sol_cost");
    }
}

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
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.StepBuild;
import dev.asdf.burnengine.solana.executor.StepTransaction;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.AddressLookupTable;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTier;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every instruction of a direct-mode step, byte for byte, equals what {@code @pump-fun/pump-sdk@2.0.0} and
 * {@code @pump-fun/pump-swap-sdk} build for the same decoded state ({@code vectors/direct.json}, written by
 * {@code src/test/oracle/pump/direct-vectors.mjs}): the collect, the buy with the SDK's own quote for the budget, the
 * burn of exactly the bought tokens and the split transfers; bonding curve and PumpSwap, SPL and Token-2022, root and
 * secondaries, with and without collect. The fee recipients the SDK picked at random are the ones the engine's
 * generator is told to pick.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DirectSdkVectorsTest {
    private static final long RENT = 890_880;

    /** Answers nextInt with the indexes the SDK's Math.random chose, in the order the buy leg asks. */
    private static final class Chosen implements RandomGenerator {
        private final Deque<Integer> picks = new ArrayDeque<>();

        @Override
        public int nextInt(int bound) {
            int i = picks.removeFirst();
            assertThat(i).isBetween(0, bound - 1);
            return i;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("the buy leg only picks indexes");
        }
    }

    @Test
    void everyDirectStepEqualsTheSdksInstructionsForTheSameState() {
        JsonNode cases = Vectors.load("direct.json").path("cases");
        assertThat(cases.size()).isEqualTo(48);
        int curve = 0;
        int pool = 0;
        int t22 = 0;
        for (JsonNode c : cases) {
            List<Instruction> expected = new ArrayList<>();
            c.path("expected").path("instructions").forEach(ix -> expected.add(Vectors.instruction(ix)));
            StepTransaction tx = build(c, expected);
            assertThat(tx.instructions()).as("case %s", c.path("mint").asText()).containsExactlyElementsOf(expected);
            if (c.path("kind").asText().equals("curve")) {
                curve++;
            } else {
                pool++;
            }
            if (address(c.path("tokenProgram")).equals(ProgramIds.TOKEN_2022)) {
                t22++;
            }
        }
        assertThat(curve).isEqualTo(24);
        assertThat(pool).isEqualTo(24);
        assertThat(t22).isEqualTo(24);
    }

    @Test
    void theQuotesEqualTheSdksAndTheCapStaysWithinTheBudgetAndTheSlippage() {
        for (JsonNode c : Vectors.load("direct.json").path("cases")) {
            JsonNode e = c.path("expected");
            long budget = Long.parseLong(e.path("buyBudget").asText());
            int slippage = c.path("slippageBps").asInt();
            DirectQuotes.Sized sized = c.path("kind").asText().equals("curve")
                    ? DirectQuotes.curve(curve(c), curveRates(c), budget, slippage)
                    : poolSized(c, budget, slippage);
            assertThat(sized.tokens()).isEqualTo(Long.parseLong(e.path("tokens").asText())).isPositive();
            assertThat(sized.cost()).isEqualTo(Long.parseLong(e.path("cost").asText()));
            assertThat(sized.maxCost()).isEqualTo(Long.parseLong(e.path("maxCost").asText()))
                    .isLessThanOrEqualTo(budget).isGreaterThanOrEqualTo(sized.cost())
                    .isLessThanOrEqualTo(sized.cost() + sized.cost() * slippage / 10_000);
        }
    }

    private static StepTransaction build(JsonNode c, List<Instruction> expected) {
        Address user = address(c.path("user"));
        Address mint = address(c.path("mint"));
        Ed25519Keypair operator = Ed25519Keypair.fromSeed(Vectors.hex(c.path("userSeed")));
        assertThat(operator.address()).isEqualTo(user);
        boolean secondary = c.path("secondary").asBoolean();
        boolean isCurve = c.path("kind").asText().equals("curve");
        DirectSettings settings = new DirectSettings(Optional.of(mint), Optional.of(address(c.path("rootTreasury"))),
                Optional.of(address(c.path("devWallet"))), c.path("rootShareBps").asInt(), c.path("devFeeBps").asInt(),
                c.path("slippageBps").asInt(), Lamports.of(Long.MAX_VALUE), Lamports.of(1), JitoSettings.disabled(), Optional.empty());
        Token token = new Token(mint, "V", "vector", secondary ? TokenRole.SECONDARY : TokenRole.ROOT,
                isCurve ? Market.BONDING_CURVE : Market.AMM, ProgramIds.tokenProgram(address(c.path("tokenProgram"))));
        Lamports allocation = Lamports.of(Long.parseLong(c.path("allocation").asText()));
        StepId id = new StepId(new CycleId("vectors"), 0);
        boolean collects = c.path("collects").asBoolean();
        CycleStep step = secondary
                ? new CycleStep.SecondaryBuyback(id, token, collects, SecondarySplit.of(allocation, settings.split()))
                : new CycleStep.RootBuyback(id, token, collects, Lamports.ZERO, allocation, Lamports.ZERO);
        if (step instanceof CycleStep.SecondaryBuyback s) {
            assertThat(s.split().buyBudget().value()).isEqualTo(Long.parseLong(c.path("expected").path("buyBudget")
                    .asText()));
            assertThat(s.split().toRoot().value()).isEqualTo(Long.parseLong(c.path("expected").path("toRoot").asText()));
            assertThat(s.split().devFee().value()).isEqualTo(Long.parseLong(c.path("expected").path("devFee").asText()));
        }
        EcosystemVaults vaults = EcosystemVaults.of(user);
        CollectLeg collect = (t, creator) -> new PumpCollectLeg(null).plan(t, creator, Optional.empty(),
                Optional.of(new AccountInfo(vaults.curveVault(), RENT + 1_000_000, ProgramIds.SYSTEM, new byte[0], false)),
                Optional.of(new AccountInfo(vaults.ammVault(), 3_000_000, ProgramIds.SPL_TOKEN,
                        PumpLegsTest.wsolAccount(vaults.ammVaultAuthority(), 1_000_000), false)), RENT);
        Chosen chosen = new Chosen();
        PumpBuyLeg leg = new PumpBuyLeg(null, chosen);
        BuyLeg buy;
        if (isCurve) {
            PumpGlobal global = global(c);
            BondingCurve curve = curve(c);
            Instruction sdkBuy = expected.stream().filter(i -> i.programId().equals(ProgramIds.PUMP)
                    && i.accounts().size() == 18).findFirst().orElseThrow();
            List<Address> fees = curve.mayhemMode() ? global.reservedFeeRecipients() : global.feeRecipients();
            chosen.picks.add(fees.indexOf(sdkBuy.accounts().get(1).address()));
            chosen.picks.add(global.buybackFeeRecipients().indexOf(sdkBuy.accounts().get(17).address()));
            buy = r -> leg.curveBuy(r, global, curve, Optional.of(feeConfig(c)), PumpLegsTest.mint(supply(c)));
        } else {
            GlobalConfig config = globalConfig(c);
            Pool pool = pool(c);
            Instruction sdkBuy = expected.stream().filter(i -> i.programId().equals(ProgramIds.PUMP_AMM)
                    && i.accounts().size() >= 26).findFirst().orElseThrow();
            List<Address> fees = pool.mayhemMode() ? config.reservedFeeRecipients() : config.protocolFeeRecipients();
            chosen.picks.add(fees.indexOf(sdkBuy.accounts().get(9).address()));
            chosen.picks.add(config.buybackFeeRecipients().indexOf(sdkBuy.accounts().stream().skip(23)
                    .map(AccountMeta::address).filter(config.buybackFeeRecipients()::contains).findFirst()
                    .orElseThrow()));
            buy = r -> leg.poolBuy(r, address(c.path("poolAddress")), pool, config, Optional.of(feeConfig(c)),
                    PumpLegsTest.mint(supply(c)), Long.parseLong(c.path("baseReserve").asText()),
                    Long.parseLong(c.path("quoteReserve").asText()));
        }
        // an empty table: a step over the legacy size is then built (not refused) and its instructions compared
        DirectStepTransactions direct = new DirectStepTransactions(operator, settings, collect, buy,
                () -> List.of(new AddressLookupTable(user, List.of())));
        StepBuild build = direct.build(step);
        assertThat(build).as("case %s", mint).isInstanceOf(StepBuild.Built.class);
        assertThat(chosen.picks).isEmpty();
        return ((StepBuild.Built) build).transaction();
    }

    static long supply(JsonNode c) {
        return Long.parseLong(c.path("mintSupply").asText());
    }

    static FeeConfig feeConfig(JsonNode c) {
        JsonNode f = c.path("feeConfig");
        List<FeeTier> tiers = new ArrayList<>();
        for (JsonNode t : f.path("feeTiers")) {
            tiers.add(new FeeTier(new BigInteger(t.path("threshold").asText()), new Fees(t.path("lp").asLong(),
                    t.path("protocol").asLong(), t.path("creator").asLong())));
        }
        JsonNode flat = f.path("flat");
        return new FeeConfig(255, Address.of(new byte[32]), new Fees(flat.path("lp").asLong(),
                flat.path("protocol").asLong(), flat.path("creator").asLong()), tiers, List.of(), Fees.ZERO);
    }

    static List<Address> list(JsonNode n) {
        List<Address> out = new ArrayList<>();
        n.forEach(a -> out.add(address(a)));
        return out;
    }

    static PumpGlobal global(JsonNode c) {
        JsonNode g = c.path("global");
        return new PumpGlobal(true, Address.of(new byte[32]), list(g.path("feeRecipients")), 0, 0, 0,
                1_000_000_000_000_000L, g.path("feeBasisPoints").asLong(), g.path("creatorFeeBasisPoints").asLong(),
                list(g.path("reservedFeeRecipients")), true, PumpAddresses.BUYBACK_FEE_RECIPIENTS, 0,
                g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    static BondingCurve curve(JsonNode c) {
        JsonNode b = c.path("curve");
        return new BondingCurve(BondingCurve.Layout.CONFIGURABLE_CREATOR_FEE, Long.parseLong(b.path("virtualTokenReserves")
                .asText()), Long.parseLong(b.path("virtualQuoteReserves").asText()),
                Long.parseLong(b.path("realTokenReserves").asText()), Long.parseLong(b.path("realQuoteReserves").asText()),
                1_000_000_000_000_000L, false, address(b.path("creator")), b.path("mayhemMode").asBoolean(), false,
                Address.of(new byte[32]), b.path("creatorFeeBps").asLong(), false, false);
    }

    static Fees curveRates(JsonNode c) {
        return dev.asdf.burnengine.solana.quote.BondingCurveQuote.feeRates(global(c), feeConfig(c), curve(c), supply(c));
    }

    static GlobalConfig globalConfig(JsonNode c) {
        JsonNode g = c.path("globalConfig");
        return new GlobalConfig(Address.of(new byte[32]), g.path("lpFeeBasisPoints").asLong(),
                g.path("protocolFeeBasisPoints").asLong(), 0, list(g.path("protocolFeeRecipients")),
                g.path("coinCreatorFeeBasisPoints").asLong(), list(g.path("reservedFeeRecipients")), true,
                list(g.path("buybackFeeRecipients")), 0, g.path("creatorFeeConfigurable").asBoolean(), 0);
    }

    static Pool pool(JsonNode c) {
        JsonNode p = c.path("pool");
        return new Pool(255, 0, address(p.path("creator")), address(p.path("baseMint")), ProgramIds.NATIVE_MINT,
                address(p.path("lpMint")), address(p.path("poolBaseTokenAccount")),
                address(p.path("poolQuoteTokenAccount")), 1, address(p.path("coinCreator")),
                p.path("mayhemMode").asBoolean(), false, BigInteger.ZERO, p.path("creatorFeeBps").asLong(), false, false);
    }

    private static DirectQuotes.Sized poolSized(JsonNode c, long budget, int slippage) {
        long base = Long.parseLong(c.path("baseReserve").asText());
        long quote = Long.parseLong(c.path("quoteReserve").asText());
        Fees rates = dev.asdf.burnengine.solana.quote.PumpSwapQuote.feeRates(globalConfig(c), feeConfig(c), pool(c),
                supply(c), base, quote);
        return DirectQuotes.pool(pool(c), base, quote, rates, budget, slippage);
    }
}

package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.StepBuild;
import dev.asdf.burnengine.solana.executor.StepTransaction;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.message.AddressLookupTable;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pump.PumpInstructions;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpfees.FeeTier;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import dev.asdf.burnengine.solana.quote.BondingCurveQuote;
import dev.asdf.burnengine.solana.quote.PumpSwapQuote;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real pump legs on decoded state: accounts, amounts, caps, recipients from Global / GlobalConfig, and size. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PumpLegsTest {
    private static final Ed25519Keypair OPERATOR = DirectStepTransactionsTest.key(21);
    private static final PumpBuyLeg LEG = new PumpBuyLeg(null, new SplittableRandom(3)::nextInt);

    static Address addr(SplittableRandom r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return Address.of(b);
    }

    static List<Address> addrs(SplittableRandom r, int n) {
        return IntStream.range(0, n).mapToObj(i -> addr(r)).toList();
    }

    static PumpGlobal global(SplittableRandom r) {
        return new PumpGlobal(true, addr(r), addrs(r, 8), 1_073_000_000_000_000L, 30_000_000_000L,
                793_100_000_000_000L, 1_000_000_000_000_000L, 95, 30, addrs(r, 8), true, addrs(r, 8), 0, false, 0);
    }

    static BondingCurve curve(Address creator, boolean mayhem) {
        return new BondingCurve(BondingCurve.Layout.CONFIGURABLE_CREATOR_FEE, 800_000_000_000_000L, 40_000_000_000L,
                600_000_000_000_000L, 10_000_000_000L, 1_000_000_000_000_000L, false, creator, mayhem, false,
                Address.of(new byte[32]), 0, false, false);
    }

    static FeeConfig feeConfig() {
        return new FeeConfig(255, Address.of(new byte[32]), new Fees(25, 5, 5),
                List.of(new FeeTier(BigInteger.ZERO, new Fees(0, 95, 30)),
                        new FeeTier(BigInteger.valueOf(420_000_000_000L), new Fees(0, 93, 30))),
                List.of(), Fees.ZERO);
    }

    static MintAccount mint(long supply) {
        return MintAccount.decode(new BorshWriter(82).u32(0).bytes(new byte[32]).u64(supply).u8(6).u8(1).u32(0)
                .bytes(new byte[32]).toByteArray());
    }

    static Token token(Address mint, TokenProgram program, Market market) {
        return new Token(mint, "X", "x", TokenRole.SECONDARY, market, program);
    }

    @Test
    void aCurveBuyIsTheSdksExactOutputBuyQuotedForTheBudgetLessSlippageWithRecipientsFromGlobal() {
        SplittableRandom r = new SplittableRandom(5);
        PumpGlobal global = global(r);
        for (TokenProgram program : TokenProgram.values()) {
            for (boolean mayhem : new boolean[] {false, true}) {
                Address mint = addr(r);
                BondingCurve curve = curve(addr(r), mayhem);
                long budget = 123_456_789L;
                BuyLeg.Plan plan = LEG.curveBuy(new BuyLeg.Request(token(mint, program, Market.BONDING_CURVE),
                        OPERATOR.address(), Lamports.of(budget), 300), global, curve, Optional.of(feeConfig()),
                        mint(1_000_000_000_000_000L));
                BuyLeg.Plan.Ready ready = (BuyLeg.Plan.Ready) plan;
                Fees rates = BondingCurveQuote.feeRates(global, feeConfig(), curve, 1_000_000_000_000_000L);
                long tokens = BondingCurveQuote.buyExactSolIn(curve, rates, budget * 10_000 / 10_300);
                long cost = BondingCurveQuote.buyExactTokensOut(curve, rates, tokens);
                assertThat(ready.tokens().value()).isEqualTo(tokens).isPositive();
                assertThat(ready.quote().value()).isEqualTo(cost);
                assertThat(ready.maxCost().value()).isEqualTo(Math.min(budget, cost + cost * 300 / 10_000))
                        .isLessThanOrEqualTo(budget).isGreaterThanOrEqualTo(cost);
                Address programId = ProgramIds.of(program);
                assertThat(ready.instructions()).hasSize(2);
                assertThat(ready.instructions().get(0)).isEqualTo(AssociatedTokenInstructions.createIdempotent(
                        OPERATOR.address(), OPERATOR.address(), mint, programId));
                Instruction buy = ready.instructions().get(1);
                assertThat(buy.programId()).isEqualTo(ProgramIds.PUMP);
                assertThat(buy.accounts()).hasSize(18);
                assertThat(buy.accounts().get(1).address()).isIn(mayhem ? global.reservedFeeRecipients()
                        : global.feeRecipients());
                assertThat(buy.accounts().get(17).address()).isIn(global.buybackFeeRecipients());
                assertThat(buy.accounts().get(5).address())
                        .isEqualTo(AssociatedTokenAddress.of(OPERATOR.address(), mint, program));
                assertThat(buy.accounts().get(8).address()).isEqualTo(programId);
                assertThat(buy.accounts().get(9).address()).isEqualTo(PumpAddresses.creatorVault(curve.creator()));
                BorshReader data = BorshReader.of(buy.data(), 8, buy.data().length, "buy");
                assertThat(data.u64("amount")).isEqualTo(tokens);
                assertThat(data.u64("max_sol_cost")).isEqualTo(ready.maxCost().value());
                assertThat(data.bool("track_volume")).isTrue();
            }
        }
    }

    static Pool pool(Address mint, Address coinCreator, SplittableRandom r, boolean mayhem) {
        return new Pool(255, 0, PumpAddresses.poolAuthority(mint), mint, ProgramIds.NATIVE_MINT, addr(r), addr(r),
                addr(r), 1, coinCreator, mayhem, false, BigInteger.ZERO, 0, false, false);
    }

    static GlobalConfig globalConfig(SplittableRandom r) {
        return new GlobalConfig(addr(r), 20, 5, 0, addrs(r, 8), 5, addrs(r, 8), true, addrs(r, 8), 0, false, 0);
    }

    @Test
    void aPoolBuyWrapsTheCapBuysExactBaseOutAndUnwrapsTheRest() {
        SplittableRandom r = new SplittableRandom(6);
        GlobalConfig config = globalConfig(r);
        for (TokenProgram program : TokenProgram.values()) {
            Address mint = addr(r);
            Pool pool = pool(mint, OPERATOR.address(), r, false);
            Address poolAddress = PumpSwapAddresses.canonicalPool(mint);
            long base = 200_000_000_000_000L;
            long quote = 90_000_000_000L;
            long budget = 987_654_321L;
            BuyLeg.Plan.Ready ready = (BuyLeg.Plan.Ready) LEG.poolBuy(new BuyLeg.Request(token(mint, program,
                    Market.AMM), OPERATOR.address(), Lamports.of(budget), 300), poolAddress, pool, config,
                    Optional.of(feeConfig()), mint(1_000_000_000_000_000L), base, quote);
            Fees rates = PumpSwapQuote.feeRates(config, feeConfig(), pool, 1_000_000_000_000_000L, base, quote);
            long out = PumpSwapQuote.buyQuoteIn(pool, base, quote, rates, budget * 10_000 / 10_300, 0).baseOut();
            long cost = PumpSwapQuote.buyBaseOut(pool, base, quote, rates, out, 0).totalQuote();
            assertThat(ready.tokens().value()).isEqualTo(out).isPositive();
            assertThat(ready.maxCost().value()).isEqualTo(Math.min(budget, cost + cost * 300 / 10_000))
                    .isLessThanOrEqualTo(budget);
            Address wsol = AssociatedTokenAddress.find(OPERATOR.address(), ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN)
                    .address();
            List<Instruction> ixs = ready.instructions();
            assertThat(ixs).hasSize(6);
            assertThat(ixs.get(1)).isEqualTo(SystemInstructions.transfer(OPERATOR.address(), wsol, ready.maxCost()));
            assertThat(ixs.get(2)).isEqualTo(TokenInstructions.syncNative(wsol, ProgramIds.SPL_TOKEN));
            Instruction buy = ixs.get(4);
            assertThat(buy.programId()).isEqualTo(ProgramIds.PUMP_AMM);
            assertThat(buy.accounts()).hasSize(26);
            assertThat(buy.accounts().get(0).address()).isEqualTo(poolAddress);
            assertThat(buy.accounts().get(5).address())
                    .isEqualTo(AssociatedTokenAddress.of(OPERATOR.address(), mint, program));
            assertThat(buy.accounts().get(6).address()).isEqualTo(wsol);
            assertThat(buy.accounts().get(9).address()).isIn(config.protocolFeeRecipients());
            assertThat(buy.accounts().get(11).address()).isEqualTo(ProgramIds.of(program));
            assertThat(buy.accounts().get(24).address()).isIn(config.buybackFeeRecipients());
            BorshReader data = BorshReader.of(buy.data(), 8, buy.data().length, "buy");
            assertThat(data.u64("base_amount_out")).isEqualTo(out);
            assertThat(data.u64("max_quote_amount_in")).isEqualTo(ready.maxCost().value());
            assertThat(ixs.get(5)).isEqualTo(TokenInstructions.closeAccount(wsol, OPERATOR.address(),
                    OPERATOR.address(), ProgramIds.SPL_TOKEN));
        }
    }

    @Test
    void aPoolQuotedInAnotherMintIsRefused() {
        SplittableRandom r = new SplittableRandom(8);
        Address mint = addr(r);
        Pool usdc = new Pool(255, 0, PumpAddresses.poolAuthority(mint), mint, addr(r), addr(r), addr(r), addr(r), 1,
                OPERATOR.address(), false, false, BigInteger.ZERO, 0, false, false);
        BuyLeg.Plan plan = LEG.poolBuy(new BuyLeg.Request(token(mint, TokenProgram.SPL_TOKEN, Market.AMM),
                OPERATOR.address(), Lamports.of(1_000_000_000L), 300), addr(r), usdc, globalConfig(r), Optional.empty(),
                mint(1_000_000_000_000_000L), 1_000_000, 1_000_000);
        assertThat(plan).isInstanceOfSatisfying(BuyLeg.Plan.Refused.class, p -> {
            assertThat(p.error().code()).isEqualTo("direct:quote-mint");
            assertThat(p.error().retryClass()).isEqualTo(RetryClass.PERMANENT);
        });
    }

    @Test
    void aBudgetThatBuysNothingIsRefusedAsTransient() {
        SplittableRandom r = new SplittableRandom(9);
        BuyLeg.Plan plan = LEG.curveBuy(new BuyLeg.Request(token(addr(r), TokenProgram.SPL_TOKEN,
                Market.BONDING_CURVE), OPERATOR.address(), Lamports.of(1), 300), global(r), curve(addr(r), false),
                Optional.empty(), mint(1_000_000_000_000_000L));
        assertThat(plan).isInstanceOfSatisfying(BuyLeg.Plan.Refused.class,
                p -> assertThat(p.error().code()).isEqualTo("direct:budget-too-small"));
    }

    @Test
    void collectUsesBothVaultsWhenTheyHoldFeesAndRefusesAFeeSharingConfig() {
        PumpCollectLeg leg = new PumpCollectLeg(null);
        Address creator = OPERATOR.address();
        EcosystemVaults vaults = EcosystemVaults.of(creator);
        Token token = token(DirectStepTransactionsTest.key(30).address(), TokenProgram.SPL_TOKEN, Market.BONDING_CURVE);
        long rent = 890_880;
        AccountInfo solVault = new AccountInfo(vaults.curveVault(), rent + 5_000_000, ProgramIds.SYSTEM, new byte[0],
                false);
        AccountInfo wsolVault = new AccountInfo(vaults.ammVault(), 2_039_280 + 7_000_000, ProgramIds.SPL_TOKEN,
                wsolAccount(vaults.ammVaultAuthority(), 7_000_000), false);

        CollectLeg.Plan.Ready both = (CollectLeg.Plan.Ready) leg.plan(token, creator, Optional.empty(),
                Optional.of(solVault), Optional.of(wsolVault), rent);
        Address creatorWsol = AssociatedTokenAddress.find(creator, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN)
                .address();
        assertThat(both.instructions()).containsExactly(
                new PumpInstructions(ProgramProfiles.current().pump()).collectCreatorFee(creator),
                AssociatedTokenInstructions.createIdempotent(creator, creator, ProgramIds.NATIVE_MINT,
                        ProgramIds.SPL_TOKEN),
                new PumpSwapInstructions(ProgramProfiles.current().pumpAmm()).collectCoinCreatorFee(
                        ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN, creator, creatorWsol),
                TokenInstructions.closeAccount(creatorWsol, creator, creator, ProgramIds.SPL_TOKEN));
        assertThat(both.sources()).containsExactly(vaults.curveVault(), vaults.ammVault());

        CollectLeg.Plan.Ready none = (CollectLeg.Plan.Ready) leg.plan(token, creator, Optional.empty(),
                Optional.of(new AccountInfo(vaults.curveVault(), rent, ProgramIds.SYSTEM, new byte[0], false)),
                Optional.empty(), rent);
        assertThat(none.instructions()).isEmpty();

        AccountInfo sharing = new AccountInfo(PumpAddresses.sharingConfig(token.mint()), 1, ProgramIds.PUMP_FEES,
                new byte[8], false);
        assertThat(leg.plan(token, creator, Optional.of(sharing), Optional.of(solVault), Optional.of(wsolVault), rent))
                .isInstanceOfSatisfying(CollectLeg.Plan.Refused.class, p -> {
                    assertThat(p.error().code()).isEqualTo("direct:fee-sharing");
                    assertThat(p.error().retryClass()).isEqualTo(RetryClass.PERMANENT);
                    assertThat(p.error().message()).contains(PumpAddresses.sharingConfig(token.mint()).toString());
                });
    }

    /**
     * The largest direct step: both collects, a PumpSwap buy of a Token-2022 coin, burn, root share and dev fee. As a
     * legacy message it is over 1,232 bytes: without a lookup table it is refused naming direct.lookupTable; with the
     * table of {@link DirectLookupTable#addresses} it is built with the table and fits as a v0 message.
     */
    @Test
    void theLargestDirectStepNeedsTheLookupTableAndFitsAsAV0MessageWithIt() {
        SplittableRandom r = new SplittableRandom(10);
        GlobalConfig config = globalConfig(r);
        Address mint = addr(r);
        Pool pool = pool(mint, OPERATOR.address(), r, false);
        DirectSettings settings = new DirectSettings(Optional.of(addr(r)), Optional.of(addr(r)), Optional.of(addr(r)),
                4480, 100, 300, Lamports.of(10_000_000_000L), Lamports.of(1), JitoSettings.disabled(), Optional.empty());
        EcosystemVaults vaults = EcosystemVaults.of(OPERATOR.address());
        CollectLeg collect = (t, c) -> new PumpCollectLeg(null).plan(t, c, Optional.empty(),
                Optional.of(new AccountInfo(vaults.curveVault(), 10_000_000, ProgramIds.SYSTEM, new byte[0], false)),
                Optional.of(new AccountInfo(vaults.ammVault(), 10_000_000, ProgramIds.SPL_TOKEN,
                        wsolAccount(vaults.ammVaultAuthority(), 5_000_000), false)), 890_880);
        BuyLeg buy = q -> LEG.poolBuy(q, PumpSwapAddresses.canonicalPool(mint), pool, config, Optional.of(feeConfig()),
                mint(1_000_000_000_000_000L), 200_000_000_000_000L, 90_000_000_000L);
        CycleStep.SecondaryBuyback step = new CycleStep.SecondaryBuyback(new StepId(new CycleId("c"), 0),
                token(mint, TokenProgram.TOKEN_2022, Market.AMM), true,
                SecondarySplit.of(Lamports.of(500_000_000L), settings.split()));

        StepBuild refused = new DirectStepTransactions(OPERATOR, settings, collect, buy).build(step);
        assertThat(refused).isInstanceOfSatisfying(StepBuild.Unbuildable.class, u -> {
            assertThat(u.error().code()).isEqualTo("direct:too-large");
            assertThat(u.error().message()).contains("direct.lookupTable");
        });

        AddressLookupTable table = new AddressLookupTable(addr(r), DirectLookupTable.addresses(OPERATOR.address(),
                settings, List.of(), config.protocolFeeRecipients(), config.buybackFeeRecipients()));
        StepTransaction tx = ((StepBuild.Built) new DirectStepTransactions(OPERATOR, settings, collect, buy,
                () -> List.of(table)).build(step)).transaction();
        assertThat(tx.instructions()).hasSize(4 + 6 + 1 + 2);
        assertThat(tx.lookupTables()).containsExactly(table);
        List<Instruction> all = new ArrayList<>(List.of(ComputeBudgetInstructions.setComputeUnitLimit(400_000),
                ComputeBudgetInstructions.setComputeUnitPrice(10_000)));
        all.addAll(tx.instructions());
        Blockhash hash = Blockhash.of(new byte[32]);
        assertThat(DirectStepTransactions.legacySize(tx.instructions(), tx.signers()))
                .isEqualTo(Transaction.sign(MessageCompiler.compileLegacy(OPERATOR.address(), all, hash), tx.signers())
                        .serializedLength())
                .isGreaterThan(Transaction.MAX_SIZE);
        Transaction v0 = Transaction.sign(MessageCompiler.compileV0(OPERATOR.address(), all, hash, List.of(table)),
                tx.signers());
        assertThat(v0.serialize().length).as("v0 size").isLessThanOrEqualTo(Transaction.MAX_SIZE);
    }

    @Test
    void aCurveStepWithBothCollectsFitsALegacyMessageAndCarriesNoTable() {
        SplittableRandom r = new SplittableRandom(11);
        PumpGlobal global = global(r);
        Address mint = addr(r);
        DirectSettings settings = new DirectSettings(Optional.of(addr(r)), Optional.of(addr(r)), Optional.of(addr(r)),
                4480, 100, 300, Lamports.of(10_000_000_000L), Lamports.of(1), JitoSettings.disabled(), Optional.empty());
        EcosystemVaults vaults = EcosystemVaults.of(OPERATOR.address());
        CollectLeg collect = (t, c) -> new PumpCollectLeg(null).plan(t, c, Optional.empty(),
                Optional.of(new AccountInfo(vaults.curveVault(), 10_000_000, ProgramIds.SYSTEM, new byte[0], false)),
                Optional.of(new AccountInfo(vaults.ammVault(), 10_000_000, ProgramIds.SPL_TOKEN,
                        wsolAccount(vaults.ammVaultAuthority(), 5_000_000), false)), 890_880);
        BuyLeg buy = q -> LEG.curveBuy(q, global, curve(OPERATOR.address(), false), Optional.of(feeConfig()),
                mint(1_000_000_000_000_000L));
        CycleStep.SecondaryBuyback step = new CycleStep.SecondaryBuyback(new StepId(new CycleId("c"), 0),
                token(mint, TokenProgram.TOKEN_2022, Market.BONDING_CURVE), true,
                SecondarySplit.of(Lamports.of(500_000_000L), settings.split()));
        StepTransaction tx = ((StepBuild.Built) new DirectStepTransactions(OPERATOR, settings, collect, buy,
                () -> { throw new AssertionError("a step that fits needs no table"); }).build(step)).transaction();
        assertThat(tx.lookupTables()).isEmpty();
        assertThat(DirectStepTransactions.legacySize(tx.instructions(), tx.signers()))
                .isLessThanOrEqualTo(Transaction.MAX_SIZE);
    }

    @Test
    void aLookupTableAccountIsDecodedAndAnythingElseIsRefused() {
        SplittableRandom r = new SplittableRandom(12);
        List<Address> entries = addrs(r, 3);
        BorshWriter w = new BorshWriter(56 + 96).u32(1).u64(-1).u64(5).u8(0).u8(1).bytes(new byte[32]).u16(0);
        entries.forEach(a -> w.bytes(a.toBytes()));
        Address key = addr(r);
        assertThat(DirectLookupTable.decode(key, DirectLookupTable.PROGRAM, w.toByteArray()))
                .isEqualTo(new AddressLookupTable(key, entries));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DirectLookupTable.decode(key, ProgramIds.SYSTEM,
                w.toByteArray())).hasMessageContaining("not the address lookup table program");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DirectLookupTable.decode(key,
                DirectLookupTable.PROGRAM, new byte[57])).hasMessageContaining("56-byte lookup table header");
    }

    static byte[] wsolAccount(Address owner, long amount) {
        return new BorshWriter(165).bytes(ProgramIds.NATIVE_MINT.toBytes()).bytes(owner.toBytes()).u64(amount).u32(0)
                .bytes(new byte[32]).u8(1).u32(1).u64(2_039_280).u64(0).u32(0).bytes(new byte[32]).toByteArray();
    }
}

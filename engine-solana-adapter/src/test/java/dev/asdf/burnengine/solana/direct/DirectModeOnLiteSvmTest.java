package dev.asdf.burnengine.solana.direct;

import static dev.asdf.burnengine.solana.direct.DirectLiteSvmWorld.FEES;
import static dev.asdf.burnengine.solana.direct.DirectLiteSvmWorld.engine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.StepResult;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.RecordingNotifier;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.chain.RpcChainConnection;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.executor.RpcCycleExecutor;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Direct mode end to end on the real SVM (LiteSVM facade on 127.0.0.1) through the whole engine: discovery, fee
 * credit, planning with the {@code direct.*} split, {@link DirectStepTransactions} behind the real
 * {@link dev.asdf.burnengine.solana.executor.RpcCycleExecutor} (simulation, signing, sending, outcome reading) and the
 * journal. Pump cannot run on LiteSVM, so the collect is a System transfer from a vault stand-in and the buy a stand-in
 * market (SOL to a market maker, a real TransferChecked of tokens back); the burn, the root share and the dev fee are
 * the production instructions. A second test shows the protocol-drift guard: a buy whose instruction the chain no
 * longer accepts is refused at simulation, the token paused and an alert raised, and nothing is sent.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DirectModeOnLiteSvmTest {
    private DirectLiteSvmWorld world;
    private LiteSvmPeer peer;
    private SolanaRpc rpc;
    private Ed25519Keypair operator;
    private Ed25519Keypair vault;
    private Address treasury;
    private Address devWallet;
    private DirectSettings settings;

    @BeforeEach
    void start() {
        world = new DirectLiteSvmWorld();
        peer = world.peer();
        rpc = world.rpc();
        operator = world.operator();
        vault = world.vault();
        treasury = world.treasury();
        devWallet = world.devWallet();
        settings = world.settings(JitoSettings.disabled());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void collectsSplitsBurnsAndJournalsAFullCycleOnChain() {
        MutableClock clock = new MutableClock(Instant.now());
        InMemoryJournal journal = new InMemoryJournal();
        try (RpcChainConnection chain = RpcChainConnection.open(peer.settings(), operator, world.layout(settings),
                r -> new DirectStepTransactions(operator, settings, world.collectStandIn(), world.buyStandIn()),
                DirectChainState::new, clock, new SimpleMeterRegistry())) {
            BurnEngine engine = engine(chain, journal, new RecordingNotifier(), clock, "direct-on-litesvm");
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);
            assertThat(engine.view().root()).hasValueSatisfying(
                    t -> assertThat(t.state().token().mint()).isEqualTo(FeeFixtures.mint("A")));
            assertThat(engine.trackFees().credited()).isEqualTo(6);

            Map<Address, Long> supplyBefore = new HashMap<>();
            for (Token t : engine.view().tokens().stream().map(v -> v.state().token()).toList()) {
                supplyBefore.put(t.mint(), supply(t.mint()));
            }
            long treasuryBefore = rpc.balance(treasury);
            long devBefore = rpc.balance(devWallet);
            long vaultBefore = rpc.balance(vault.address());
            clock.advance(Duration.ofMinutes(5));
            CycleReport report = engine.runCycle();

            assertThat(report.status()).as(report.message() + " " + report.results())
                    .isEqualTo(CycleReport.Status.COMPLETED);
            long toRoot = 0;
            long dev = 0;
            int secondaries = 0;
            for (StepResult r : report.results()) {
                StepOutcome.Confirmed c = (StepOutcome.Confirmed) r.outcome();
                Address mint = r.step().token().mint();
                long budget = r.step() instanceof CycleStep.SecondaryBuyback s ? s.split().buyBudget().value()
                        : r.step().allocation().value();
                assertThat(c.tokensBurned().value()).as("burned = bought")
                        .isEqualTo(budget * LiteSvmEcosystem.TOKENS_PER_LAMPORT)
                        .isEqualTo(c.tokensBought().value())
                        .isEqualTo(supplyBefore.get(mint) - supply(mint));
                assertThat(tokenBalance(mint, r.step().token().program())).as("nothing kept").isZero();
                if (r.step() instanceof CycleStep.SecondaryBuyback s) {
                    secondaries++;
                    assertThat(c.sentToRoot()).isEqualTo(s.split().toRoot());
                    assertThat(c.sentToRoot().value()).isPositive();
                    assertThat(c.devFee()).isEqualTo(s.split().devFee());
                    assertThat(s.split().toRoot().value()).isEqualTo(s.allocation().value()
                            - s.allocation().value() * 5_520 / 10_000);
                    assertThat(c.lamportsSpent()).isEqualTo(s.allocation());
                    toRoot += c.sentToRoot().value();
                    dev += c.devFee().value();
                }
            }
            assertThat(secondaries).isPositive();
            assertThat(rpc.balance(treasury) - treasuryBefore).isEqualTo(toRoot);
            assertThat(rpc.balance(devWallet) - devBefore).isEqualTo(dev);
            assertThat(vaultBefore - rpc.balance(vault.address())).as("one collect per cycle").isEqualTo(FEES);
            List<JournalEntry.StepOutcomeRecorded> recorded = journal.entriesOf(JournalEntry.StepOutcomeRecorded.class);
            assertThat(recorded).hasSize(report.results().size());
            assertThat(journal.entriesOf(JournalEntry.StepIntent.class)).hasSize(report.results().size());
            for (JournalEntry.StepOutcomeRecorded e : recorded) {
                assertThat(e.outcome()).isInstanceOf(StepOutcome.Confirmed.class);
                assertThat(e.debit().fromPending() + e.debit().fromUnattributed())
                        .isEqualTo(((StepOutcome.Confirmed) e.outcome()).lamportsSpent().value());
            }
            assertThat(engine.view().totals().isConserved()).isTrue();
            engine.stop("test over");
        }
    }

    @Test
    void aBuyTheChainNoLongerAcceptsPausesTheTokenAlertsAndSendsNothing() {
        MutableClock clock = new MutableClock(Instant.now());
        RecordingNotifier notifier = new RecordingNotifier();
        // pump changed its buy: the instruction the engine builds is no longer one the program decodes
        BuyLeg drifted = request -> new BuyLeg.Plan.Ready(List.of(new Instruction(ProgramIds.SYSTEM,
                List.of(AccountMeta.writableSigner(request.buyer())), new byte[] {(byte) 0xEE, 1, 2})), List.of(),
                TokenAmount.of(1), request.budget(), request.budget());
        try (RpcChainConnection chain = RpcChainConnection.open(peer.settings(), operator, world.layout(settings),
                r -> new DirectStepTransactions(operator, settings, world.collectStandIn(), drifted),
                DirectChainState::new, clock, new SimpleMeterRegistry())) {
            InMemoryJournal journal = new InMemoryJournal();
            BurnEngine engine = engine(chain, journal, notifier, clock, "direct-on-litesvm");
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);
            engine.trackFees();
            long treasuryBefore = rpc.balance(treasury);
            long vaultBefore = rpc.balance(vault.address());
            clock.advance(Duration.ofMinutes(5));
            CycleReport report = engine.runCycle();

            assertThat(report.results()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome())
                    .isNotInstanceOf(StepOutcome.Confirmed.class));
            assertThat(notifier.alertsOf(AlertKind.PROTOCOL_DRIFT)).isNotEmpty();
            assertThat(journal.entriesOf(JournalEntry.TokenPaused.class)).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.actor()).isEqualTo("protocol-drift-guard"));
            assertThat(journal.entriesOf(JournalEntry.StepIntent.class)).as("nothing signed for sending").isEmpty();
            assertThat(rpc.balance(treasury)).isEqualTo(treasuryBefore);
            assertThat(rpc.balance(vault.address())).isEqualTo(vaultBefore);
            engine.stop("test over");
        }
    }

    /**
     * A step over the legacy size limit (here: a buy naming 40 extra read-only accounts) is prepared by the real
     * executor as a v0 message with the operator's lookup table, read from chain as production does; the SVM accepts
     * it at simulation and executes it. (The LiteSVM facade's getTransaction reports no loaded addresses, so the
     * outcome of a v0 transaction is checked here on the accounts, not through the engine's outcome reader.)
     */
    @Test
    void aStepOverTheLegacyLimitIsSentAsAV0MessageWithTheLookupTable() {
        SecureRandom random = new SecureRandom();
        List<Address> extra = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> Ed25519Keypair.generate(random).address()).toList();
        Address tableKey = Ed25519Keypair.generate(random).address();
        BorshWriter table = new BorshWriter(56 + 32 * extra.size()).u32(1).u64(-1L).u64(0).u8(0).u8(0)
                .bytes(new byte[32]).u16(0);
        extra.forEach(a -> table.bytes(a.toBytes()));
        peer.setAccount(tableKey, 10_000_000, DirectLookupTable.PROGRAM, table.toByteArray());
        BuyLeg standIn = world.buyStandIn();
        BuyLeg wide = request -> {
            BuyLeg.Plan.Ready p = (BuyLeg.Plan.Ready) standIn.plan(request);
            List<Instruction> ixs = new java.util.ArrayList<>(p.instructions());
            Instruction pay = ixs.get(1);
            List<AccountMeta> metas = new java.util.ArrayList<>(pay.accounts());
            extra.forEach(a -> metas.add(AccountMeta.readonly(a)));
            ixs.set(1, new Instruction(pay.programId(), metas, pay.data()));
            return new BuyLeg.Plan.Ready(ixs, p.extraSigners(), p.tokens(), p.maxCost(), p.quote());
        };
        DirectStepTransactions direct = new DirectStepTransactions(operator, settings, world.collectStandIn(), wide,
                () -> rpc.account(tableKey).map(a -> List.of(DirectLookupTable.decode(tableKey, a.owner(), a.data())))
                        .orElse(List.of()));
        RpcCycleExecutor executor = new RpcCycleExecutor(rpc, direct, Optional.empty(),
                new RpcMetrics(new SimpleMeterRegistry()), java.time.Clock.systemUTC());
        Address mint = FeeFixtures.mint("C");
        Token token = new Token(mint, "C", "c", dev.asdf.burnengine.core.token.TokenRole.SECONDARY,
                dev.asdf.burnengine.core.token.Market.BONDING_CURVE, TokenProgram.SPL_TOKEN);
        CycleStep.SecondaryBuyback step = new CycleStep.SecondaryBuyback(new dev.asdf.burnengine.core.cycle.StepId(
                new dev.asdf.burnengine.core.cycle.CycleId("v0"), 0), token, true,
                dev.asdf.burnengine.core.cycle.SecondarySplit.of(Lamports.of(50_000), settings.split()));
        assertThat(DirectStepTransactions.legacySize(((dev.asdf.burnengine.solana.executor.StepBuild.Built)
                direct.build(step)).transaction().instructions(), List.of(operator))).isGreaterThan(Transaction.MAX_SIZE);

        Preparation prepared = executor.prepare(step);

        assertThat(prepared).as("simulated on the SVM").isInstanceOf(Preparation.Ready.class);
        byte[] wire = ((Preparation.Ready) prepared).transaction().wireBytes();
        assertThat(wire.length).isLessThanOrEqualTo(Transaction.MAX_SIZE);
        assertThat(Transaction.decode(wire).message().addressTableLookups())
                .singleElement().satisfies(l -> assertThat(l.table()).isEqualTo(tableKey));
        long supplyBefore = supply(mint);
        long treasuryBefore = rpc.balance(treasury);
        rpc.sendRaw(wire);
        long tokens = step.split().buyBudget().value() * LiteSvmEcosystem.TOKENS_PER_LAMPORT;
        assertThat(supplyBefore - supply(mint)).isEqualTo(tokens);
        assertThat(rpc.balance(treasury) - treasuryBefore).isEqualTo(step.split().toRoot().value());
    }

    /**
     * A collecting PumpSwap step opens and closes the operator's WSOL account twice in one transaction (the collect
     * unwraps, the buy wraps its cap and unwraps the rest): the real SPL Token and ATA programs accept that, and every
     * wrapped lamport returns to the operator.
     */
    @Test
    void theWsolAccountCanBeClosedAndReopenedInOneTransaction() {
        Address wsol = AssociatedTokenAddress.find(operator.address(), ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN)
                .address();
        // the native mint as on every cluster (this LiteSVM starts without it): no authority, 9 decimals
        peer.setAccount(ProgramIds.NATIVE_MINT, 1_461_600, ProgramIds.SPL_TOKEN, new BorshWriter(82).u32(0)
                .bytes(new byte[32]).u64(0).u8(9).u8(1).u32(0).bytes(new byte[32]).toByteArray());
        List<Instruction> ixs = List.of(
                AssociatedTokenInstructions.createIdempotent(operator.address(), operator.address(),
                        ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN),
                SystemInstructions.transfer(vault.address(), wsol, Lamports.of(FEES)),
                dev.asdf.burnengine.solana.program.token.TokenInstructions.syncNative(wsol, ProgramIds.SPL_TOKEN),
                dev.asdf.burnengine.solana.program.token.TokenInstructions.closeAccount(wsol, operator.address(),
                        operator.address(), ProgramIds.SPL_TOKEN),
                AssociatedTokenInstructions.createIdempotent(operator.address(), operator.address(),
                        ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN),
                SystemInstructions.transfer(operator.address(), wsol, Lamports.of(1_000_000)),
                dev.asdf.burnengine.solana.program.token.TokenInstructions.syncNative(wsol, ProgramIds.SPL_TOKEN),
                dev.asdf.burnengine.solana.program.token.TokenInstructions.closeAccount(wsol, operator.address(),
                        operator.address(), ProgramIds.SPL_TOKEN));
        long before = rpc.balance(operator.address());
        Transaction tx = Transaction.sign(dev.asdf.burnengine.solana.message.MessageCompiler.compileLegacy(
                operator.address(), ixs, rpc.latestBlockhash().blockhash()), List.of(operator, vault));
        var sim = rpc.simulate(tx.serialize());
        assertThat(sim.failed()).as(sim.err() + " " + sim.logs()).isFalse();
        rpc.sendRaw(tx.serialize());
        assertThat(rpc.account(wsol)).isEmpty();
        assertThat(rpc.balance(operator.address()) - before).as("the collected WSOL, less the network fee")
                .isEqualTo(FEES - 10_000);
    }

    private long supply(Address mint) {
        return MintAccount.decode(rpc.account(mint).orElseThrow().data()).supply();
    }

    private long tokenBalance(Address mint, TokenProgram program) {
        return rpc.account(AssociatedTokenAddress.of(operator.address(), mint, program))
                .map(a -> dev.asdf.burnengine.solana.program.token.TokenAccount.decode(a.data()).amount()).orElse(0L);
    }
}

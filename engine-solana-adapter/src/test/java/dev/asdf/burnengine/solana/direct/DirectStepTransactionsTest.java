package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.StepAccounts;
import dev.asdf.burnengine.solana.executor.StepBuild;
import dev.asdf.burnengine.solana.executor.StepTransaction;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DirectStepTransactionsTest {
    private static final Ed25519Keypair OPERATOR = key(1);
    private static final Address ROOT_MINT = key(2).address();
    private static final Address TREASURY = key(3).address();
    private static final Address DEV = key(4).address();
    private static final Address VAULT = key(5).address();
    private static final Instruction COLLECT = new Instruction(ProgramIds.PUMP, List.of(AccountMeta.writable(VAULT)),
            new byte[] {1});
    private static final Instruction BUY = new Instruction(ProgramIds.PUMP, List.of(AccountMeta.writable(VAULT)),
            new byte[] {2});

    /** A buy leg that plans {@code tokensPerLamport} tokens per lamport of budget at a cap of the budget. */
    private static final class RecordingBuyLeg implements BuyLeg {
        final List<Request> requests = new ArrayList<>();
        long overspend;

        @Override
        public Plan plan(Request request) {
            requests.add(request);
            long cap = request.budget().value() + overspend;
            return new Plan.Ready(List.of(BUY), List.of(), TokenAmount.of(request.budget().value() * 7),
                    Lamports.of(cap), Lamports.of(request.budget().value() * 9_700 / 10_000));
        }
    }

    private static DirectSettings settings(boolean treasury, boolean dev, long cap) {
        return new DirectSettings(Optional.of(ROOT_MINT), treasury ? Optional.of(TREASURY) : Optional.empty(),
                dev ? Optional.of(DEV) : Optional.empty(), 4480, 100, 300, Lamports.of(cap), Lamports.of(1_000), JitoSettings.disabled(),
                Optional.empty());
    }

    private static CollectLeg collecting() {
        return (token, creator) -> new CollectLeg.Plan.Ready(List.of(COLLECT), List.of(), List.of(VAULT));
    }

    private static Token token(TokenRole role, TokenProgram program) {
        Address mint = role == TokenRole.ROOT ? ROOT_MINT : key(9 + program.ordinal()).address();
        return new Token(mint, "T", "token", role, Market.BONDING_CURVE, program);
    }

    private static CycleStep.SecondaryBuyback secondary(String cycle, int index, boolean collects, long allocation,
            DirectSettings settings, TokenProgram program) {
        return new CycleStep.SecondaryBuyback(new StepId(new CycleId(cycle), index), token(TokenRole.SECONDARY, program),
                collects, SecondarySplit.of(Lamports.of(allocation), settings.split()));
    }

    @Test
    void aCollectingSecondaryCollectsBuysBurnsExactlyTheBoughtTokensAndPaysRootShareAndDevFeeInOneTransaction() {
        for (TokenProgram program : TokenProgram.values()) {
            DirectSettings settings = settings(true, true, 10_000_000_000L);
            RecordingBuyLeg buy = new RecordingBuyLeg();
            DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(), buy);
            CycleStep.SecondaryBuyback step = secondary("c1", 0, true, 1_000_000_000L, settings, program);

            StepTransaction tx = ((StepBuild.Built) direct.build(step)).transaction();

            SecondarySplit split = step.split();
            assertThat(split.toRoot()).isEqualTo(Lamports.of(448_000_000L));
            assertThat(split.devFee()).isEqualTo(Lamports.of(5_520_000L));
            assertThat(buy.requests).singleElement().satisfies(r -> {
                assertThat(r.budget()).isEqualTo(split.buyBudget());
                assertThat(r.buyer()).isEqualTo(OPERATOR.address());
                assertThat(r.slippageBps()).isEqualTo(300);
            });
            Address programId = ProgramIds.of(program);
            Address ata = AssociatedTokenAddress.of(OPERATOR.address(), step.token().mint(), program);
            assertThat(tx.instructions()).containsExactly(COLLECT, BUY,
                    TokenInstructions.burn(ata, step.token().mint(), OPERATOR.address(),
                            TokenAmount.of(split.buyBudget().value() * 7), programId),
                    SystemInstructions.transfer(OPERATOR.address(), TREASURY, split.toRoot()),
                    SystemInstructions.transfer(OPERATOR.address(), DEV, split.devFee()));
            assertThat(tx.signers()).containsExactly(OPERATOR);
            assertThat(tx.accounts()).isEqualTo(new StepAccounts(OPERATOR.address(), step.token().mint(),
                    List.of(VAULT), List.of(TREASURY), List.of(DEV)));
        }
    }

    @Test
    void theRootBuysWithItsWholeAllocationAndPaysNoShares() {
        DirectSettings settings = settings(true, true, 10_000_000_000L);
        RecordingBuyLeg buy = new RecordingBuyLeg();
        DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(), buy);
        CycleStep.RootBuyback step = new CycleStep.RootBuyback(new StepId(new CycleId("c1"), 0),
                token(TokenRole.ROOT, TokenProgram.SPL_TOKEN), false, Lamports.ZERO, Lamports.of(50_000_000),
                Lamports.of(1_000));

        StepTransaction tx = ((StepBuild.Built) direct.build(step)).transaction();

        assertThat(buy.requests.get(0).budget()).isEqualTo(Lamports.of(50_001_000));
        assertThat(tx.instructions()).hasSize(2).doesNotContain(COLLECT);
        assertThat(tx.instructions().get(1).programId()).isEqualTo(ProgramIds.SPL_TOKEN);
        assertThat(tx.accounts().rootShare()).isEmpty();
        assertThat(tx.accounts().devFee()).isEmpty();
        assertThat(tx.accounts().sources()).isEmpty();
    }

    @Test
    void withoutRootTreasuryOrDevWalletTheSplitKeepsEverythingAndNoTransferIsBuilt() {
        DirectSettings settings = settings(false, false, 10_000_000_000L);
        assertThat(settings.split().feeSplitBps()).isEqualTo(10_000);
        assertThat(settings.split().devFeeBps()).isZero();
        assertThat(settings(true, true, 1).split().feeSplitBps()).isEqualTo(5_520);
        RecordingBuyLeg buy = new RecordingBuyLeg();
        DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(), buy);
        StepTransaction tx = ((StepBuild.Built) direct.build(secondary("c1", 0, false, 100_000_000L, settings,
                TokenProgram.SPL_TOKEN))).transaction();
        assertThat(buy.requests.get(0).budget()).isEqualTo(Lamports.of(100_000_000L));
        assertThat(tx.instructions()).extracting(Instruction::programId)
                .containsExactly(ProgramIds.PUMP, ProgramIds.SPL_TOKEN);
    }

    @Test
    void theBuysOfOneCycleNeverCapMoreThanTheSpendCapTogether() {
        DirectSettings settings = settings(true, true, 150_000_000L);
        RecordingBuyLeg buy = new RecordingBuyLeg();
        DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(), buy);
        // each secondary's buy budget: 100,000,000 × 5520 / 10000 × 99 % = 54,648,000
        for (int i = 0; i < 2; i++) {
            assertThat(direct.build(secondary("c1", i, i == 0, 100_000_000L, settings, TokenProgram.SPL_TOKEN)))
                    .isInstanceOf(StepBuild.Built.class);
        }
        StepBuild third = direct.build(secondary("c1", 2, false, 100_000_000L, settings, TokenProgram.SPL_TOKEN));
        assertThat(third).isInstanceOf(StepBuild.Built.class);
        assertThat(buy.requests).extracting(r -> r.budget().value())
                .containsExactly(54_648_000L, 54_648_000L, 150_000_000L - 2 * 54_648_000L);
        StepBuild fourth = direct.build(secondary("c1", 3, false, 100_000_000L, settings, TokenProgram.SPL_TOKEN));
        assertThat(fourth).isInstanceOfSatisfying(StepBuild.Unbuildable.class, u -> {
            assertThat(u.error().code()).isEqualTo("direct:spend-cap");
            assertThat(u.error().retryClass()).isEqualTo(RetryClass.TRANSIENT);
            assertThat(u.error().message()).contains("direct.maxSpendPerCycle");
        });
        assertThat(buy.requests.stream().mapToLong(r -> r.budget().value()).sum()).isEqualTo(150_000_000L);
        // a new cycle starts with the whole cap again
        assertThat(direct.build(secondary("c2", 0, true, 100_000_000L, settings, TokenProgram.SPL_TOKEN)))
                .isInstanceOf(StepBuild.Built.class);
    }

    @Test
    void aBuyLegThatWouldCapAboveItsBudgetIsRefusedAndNothingIsBuilt() {
        DirectSettings settings = settings(true, true, 10_000_000_000L);
        RecordingBuyLeg buy = new RecordingBuyLeg();
        buy.overspend = 1;
        DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(), buy);
        assertThat(direct.build(secondary("c1", 0, true, 100_000_000L, settings, TokenProgram.SPL_TOKEN)))
                .isInstanceOfSatisfying(StepBuild.Unbuildable.class,
                        u -> assertThat(u.error().code()).isEqualTo("direct:buy-over-budget"));
    }

    @Test
    void aRefusedCollectOrBuyIsTheStepsRefusal() {
        DirectSettings settings = settings(true, true, 10_000_000_000L);
        StepError sharing = new StepError("direct:fee-sharing", "shared", RetryClass.PERMANENT);
        DirectStepTransactions refusedCollect = new DirectStepTransactions(OPERATOR, settings,
                (t, c) -> new CollectLeg.Plan.Refused(sharing), new RecordingBuyLeg());
        assertThat(refusedCollect.build(secondary("c1", 0, true, 100_000_000L, settings, TokenProgram.SPL_TOKEN)))
                .isEqualTo(new StepBuild.Unbuildable(sharing));
        StepError drift = new StepError("direct:layout", "changed", RetryClass.PROTOCOL_DRIFT);
        DirectStepTransactions refusedBuy = new DirectStepTransactions(OPERATOR, settings, collecting(),
                r -> new BuyLeg.Plan.Refused(drift));
        assertThat(refusedBuy.build(secondary("c1", 0, true, 100_000_000L, settings, TokenProgram.SPL_TOKEN)))
                .isEqualTo(new StepBuild.Unbuildable(drift));
    }

    @Test
    void accountsAfterARestartNameBothVaultsOfTheOperatorOnACollectingStep() {
        DirectSettings settings = settings(true, false, 10_000_000_000L);
        DirectStepTransactions direct = new DirectStepTransactions(OPERATOR, settings, collecting(),
                new RecordingBuyLeg());
        StepAccounts a = direct.accounts(secondary("c1", 0, true, 100_000_000L, settings, TokenProgram.TOKEN_2022));
        assertThat(a.sources()).containsExactlyElementsOf(
                dev.asdf.burnengine.solana.feesource.EcosystemVaults.of(OPERATOR.address()).addresses());
        assertThat(a.rootShare()).containsExactly(TREASURY);
        assertThat(a.devFee()).isEmpty();
    }

    static Ed25519Keypair key(int seed) {
        byte[] s = new byte[32];
        s[0] = (byte) seed;
        s[31] = 77;
        return Ed25519Keypair.fromSeed(s);
    }
}

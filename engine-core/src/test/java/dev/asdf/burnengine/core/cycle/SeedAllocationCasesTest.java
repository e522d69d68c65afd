package dev.asdf.burnengine.core.cycle;

import static dev.asdf.burnengine.core.cycle.Scenario.decisionFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.fee.FeeLedger;
import dev.asdf.burnengine.core.fee.Reconciler;
import dev.asdf.burnengine.core.fee.Reconciliation;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's 12 fee-allocator cases (seed-offchain-spec §9.2, values in §3.17), rewritten for our rules: a token is
 * planned with exactly its own pending fees, never with another token's share, never beyond what the chain holds. The
 * seed's secondary minimum of 5,690,000 lamports is used so the numbers stay those of the seed.
 */
class SeedAllocationCasesTest {
    private static final long SEED_MINIMUM = 5_690_000;
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token TEST1 = TestData.secondary(1, "TEST1");
    private static final Token TEST2 = TestData.secondary(2, "TEST2");
    private static final Token TEST3 = TestData.secondary(3, "TEST3");

    private static Scenario seed() {
        return Scenario.withSecondaryMinimum(SEED_MINIMUM).token(ROOT, 0);
    }

    @Test
    @DisplayName("seed 1: zero pending fees plan nothing")
    void zeroPendingPlansNothing() {
        CyclePlan plan = seed().token(TEST1, 0).token(TEST2, 0).funds(0).plan();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(decisionFor(plan, TEST1).reason()).isEqualTo("no pending fees");
    }

    @Test
    @DisplayName("seed 2: 10M and 20M pending with 30M collected run with exactly 10M and 20M")
    void eachTokenRunsWithItsOwnFees() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).token(TEST2, 20_000_000).funds(30_000_000).plan();
        assertThat(decisionFor(plan, TEST1).allocation()).isEqualTo(Lamports.of(10_000_000));
        assertThat(decisionFor(plan, TEST2).allocation()).isEqualTo(Lamports.of(20_000_000));
    }

    @Test
    @DisplayName("seed 3: a token below the minimum is deferred and keeps its pending fees")
    void belowTheMinimumIsDeferred() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).token(TEST2, 1_000_000).funds(11_000_000).plan();
        assertThat(Scenario.secondariesRunning(plan)).containsExactly(TEST1.mint());
        assertThat(decisionFor(plan, TEST2).verdict()).isEqualTo(Verdict.DEFERRED);
        assertThat(decisionFor(plan, TEST2).pending()).isEqualTo(Lamports.of(1_000_000));
    }

    @Test
    @DisplayName("seed 4 (defect: redistribution gave TEST1 12M): TEST1 runs with its own 10M, TEST2's 2M stays its own")
    void aDeferredTokensShareIsNeverRedistributed() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).token(TEST2, 2_000_000).funds(12_000_000).plan();
        assertThat(decisionFor(plan, TEST1).allocation()).isEqualTo(Lamports.of(10_000_000));
        assertThat(decisionFor(plan, TEST2).verdict()).isEqualTo(Verdict.DEFERRED);
    }

    @Test
    @DisplayName("seed 5 (defect: a 0.5 ratio, TEST2 took 15M): a 15M shortfall is shared pro rata, 5M/10M, then planned")
    void aPartialCollectionIsReconciledProRataBeforePlanning() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, TEST1, 10_000_000, 10));
        ledger.credit(TestData.fee(2, 0, TEST2, 20_000_000, 10));
        Reconciliation r = new Reconciler(0).reconcile(ledger, 15_000_000, 10, 10);
        r.adjustments().forEach(ledger::adjust);
        assertThat(ledger.pending(TEST1.mint())).isEqualTo(5_000_000);
        assertThat(ledger.pending(TEST2.mint())).isEqualTo(10_000_000);
        CyclePlan plan = seed().token(TEST1, ledger.pending(TEST1.mint())).token(TEST2, ledger.pending(TEST2.mint()))
                .funds(15_000_000).plan();
        assertThat(Scenario.secondariesRunning(plan)).containsExactly(TEST2.mint());
        assertThat(decisionFor(plan, TEST2).allocation()).isEqualTo(Lamports.of(10_000_000));
        assertThat(decisionFor(plan, TEST1).verdict()).isEqualTo(Verdict.DEFERRED);
    }

    @Test
    @DisplayName("seed 6 (root ignored): the root is planned from its own pending fees, within what the chain holds")
    void theRootIsPlannedFromItsOwnFees() {
        CyclePlan plan = Scenario.withSecondaryMinimum(SEED_MINIMUM).token(ROOT, 30_000_000).token(TEST1, 10_000_000)
                .funds(40_000_000).plan();
        assertThat(plan.runningMints()).containsExactly(ROOT.mint(), TEST1.mint());
        CyclePlan short10 = Scenario.withSecondaryMinimum(SEED_MINIMUM).token(ROOT, 30_000_000).token(TEST1, 10_000_000)
                .funds(10_000_000).plan();
        assertThat(short10.totalAllocation().value()).isLessThanOrEqualTo(10_000_000);
    }

    @Test
    @DisplayName("seed 7 (defect: 199,059,120 for a token that earned 10M): 200M on chain, 10M pending gives exactly 10M")
    void aTokenNeverGetsMoreThanItEarned() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).funds(200_000_000).plan();
        assertThat(decisionFor(plan, TEST1).allocation()).isEqualTo(Lamports.of(10_000_000));
    }

    @Test
    @DisplayName("seed 8: 300M on chain and three tokens of 10M each: each gets 10M, 30M in total")
    void severalTokensShareTheBalanceByTheirOwnFees() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).token(TEST2, 10_000_000).token(TEST3, 10_000_000)
                .funds(300_000_000).plan();
        assertThat(plan.totalAllocation()).isEqualTo(Lamports.of(30_000_000));
        assertThat(plan.steps()).allSatisfy(s -> assertThat(s.allocation()).isEqualTo(Lamports.of(10_000_000)));
    }

    @Test
    @DisplayName("seed 9 (defect: the last token took the whole remainder): the last token also gets only its own fees")
    void theLastTokenDoesNotTakeTheRemainder() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).funds(200_000_000).plan();
        assertThat(plan.totalAllocation()).isEqualTo(Lamports.of(10_000_000));
    }

    @Test
    @DisplayName("seed 10: 1M on chain for 10M pending waits, saying how much can be spent")
    void tooLittleOnChainWaitsWithAReason() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).funds(1_000_000).plan();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(decisionFor(plan, TEST1).verdict()).isEqualTo(Verdict.WAITS);
        assertThat(decisionFor(plan, TEST1).reason()).contains("only 1000000 lamports can be spent this cycle");
    }

    @Test
    @DisplayName("seed 11: 500M on chain, 10M and 20M pending: 10M and 20M")
    void proportionalToEachTokensFees() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).token(TEST2, 20_000_000).funds(500_000_000).plan();
        assertThat(decisionFor(plan, TEST1).allocation()).isEqualTo(Lamports.of(10_000_000));
        assertThat(decisionFor(plan, TEST2).allocation()).isEqualTo(Lamports.of(20_000_000));
    }

    @Test
    @DisplayName("seed 12 (defect: 199M for a token that earned 1M): 1M pending stays below the minimum and is deferred")
    void aSmallTokenIsDeferredNotInflated() {
        CyclePlan plan = seed().token(TEST1, 1_000_000).funds(200_000_000).plan();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(decisionFor(plan, TEST1).verdict()).isEqualTo(Verdict.DEFERRED);
    }
}

package dev.asdf.burnengine.core.cycle;

import static dev.asdf.burnengine.core.cycle.Scenario.decisionFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's 11 token-selector cases (seed-offchain-spec §9.3), rewritten for our rules: several secondaries per cycle,
 * served longest-waiting first, deterministic, with the root planned separately. The seed's eligibility threshold of
 * 7,000,000 lamports is used as the secondary minimum.
 */
class SeedSelectionCasesTest {
    private static final long SEED_THRESHOLD = 7_000_000;
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token TEST1 = TestData.secondary(1, "TEST1");
    private static final Token TEST2 = TestData.secondary(2, "TEST2");

    private static Scenario seed() {
        return Scenario.withSecondaryMinimum(SEED_THRESHOLD);
    }

    @Test
    @DisplayName("seed 1: the threshold is inclusive and the root is never selected as a secondary")
    void thresholdIsInclusiveAndRootIsNotASecondary() {
        CyclePlan plan = seed().token(ROOT, 10_000_000).token(TEST1, 7_000_000).token(TEST2, 5_000_000)
                .fundsMatchingLedger().plan();
        assertThat(Scenario.secondariesRunning(plan)).containsExactly(TEST1.mint());
        assertThat(plan.steps().get(0)).isInstanceOf(CycleStep.RootBuyback.class);
    }

    @Test
    @DisplayName("seed 2: an ecosystem with only a root has no secondary step")
    void rootOnlyHasNoSecondaryStep() {
        CyclePlan plan = seed().token(ROOT, 10_000_000).fundsMatchingLedger().plan();
        assertThat(Scenario.secondariesRunning(plan)).isEmpty();
    }

    @Test
    @DisplayName("seed 3: tokens below the threshold do not run")
    void belowThresholdDoNotRun() {
        CyclePlan plan = seed().token(ROOT, 0).token(TEST1, 1_000_000).token(TEST2, 500_000).fundsMatchingLedger().plan();
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("seed 4: all tokens above the threshold run in the same cycle")
    void allAboveRun() {
        CyclePlan plan = seed().token(ROOT, 0).token(TEST1, 10_000_000).token(TEST2, 20_000_000).fundsMatchingLedger().plan();
        assertThat(Scenario.secondariesRunning(plan)).containsExactlyInAnyOrder(TEST1.mint(), TEST2.mint());
    }

    @Test
    @DisplayName("seed 5: no tokens, no steps")
    void noTokensNoSteps() {
        CyclePlan plan = seed().plan();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.summary()).isEqualTo("nothing to do: no tokens are known yet");
    }

    @Test
    @DisplayName("seed 6 (slot determinism): the order is deterministic, larger pending first among never-run tokens")
    void orderIsDeterministic() {
        Scenario s = seed().maxSecondaries(1).token(ROOT, 0).token(TEST1, 10_000_000).token(TEST2, 20_000_000)
                .fundsMatchingLedger();
        assertThat(Scenario.secondariesRunning(s.plan())).containsExactly(TEST2.mint());
        assertThat(s.plan()).isEqualTo(s.plan());
    }

    @Test
    @DisplayName("seed 7 (uniformity): with one slot per cycle, two eligible tokens each run 500 of 1,000 cycles")
    void servingIsFairOverManyCycles() {
        Map<Address, Integer> runs = new HashMap<>();
        Scenario s = seed().maxSecondaries(1).token(ROOT, 0).token(TEST1, 10_000_000).token(TEST2, 10_000_000)
                .fundsMatchingLedger();
        for (int cycle = 0; cycle < 1_000; cycle++) {
            Address ran = Scenario.secondariesRunning(s.plan()).get(0);
            runs.merge(ran, 1, Integer::sum);
            s.lastRan(ran.equals(TEST1.mint()) ? TEST1 : TEST2, Scenario.NOW.plusSeconds(cycle + 1));
        }
        assertThat(runs).containsEntry(TEST1.mint(), 500).containsEntry(TEST2.mint(), 500);
    }

    @Test
    @DisplayName("seed 8: a single eligible token is always the one that runs")
    void singleTokenAlwaysRuns() {
        Scenario s = seed().maxSecondaries(1).token(ROOT, 0).token(TEST1, 10_000_000).fundsMatchingLedger();
        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(Scenario.secondariesRunning(s.plan())).containsExactly(TEST1.mint());
            s.lastRan(TEST1, Scenario.NOW.plusSeconds(cycle));
        }
    }

    @Test
    @DisplayName("seed 9: two secondaries and a root give two secondary steps after the root step")
    void twoSecondariesAndRoot() {
        CyclePlan plan = seed().token(ROOT, 10_000_000).token(TEST1, 10_000_000).token(TEST2, 10_000_000)
                .fundsMatchingLedger().plan();
        assertThat(plan.steps()).hasSize(3);
        assertThat(Scenario.secondariesRunning(plan)).hasSize(2);
    }

    @Test
    @DisplayName("seed 10: the root step is the root token's")
    void rootStepIsTheRoot() {
        CyclePlan plan = seed().token(ROOT, 10_000_000).token(TEST1, 10_000_000).fundsMatchingLedger().plan();
        assertThat(plan.steps().get(0).token()).isEqualTo(ROOT);
    }

    @Test
    @DisplayName("seed 11: without a root, secondaries wait and say why")
    void noRootSecondariesWait() {
        CyclePlan plan = seed().token(TEST1, 10_000_000).fundsMatchingLedger().plan();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(decisionFor(plan, TEST1).reason()).contains("no root token is set");
    }
}

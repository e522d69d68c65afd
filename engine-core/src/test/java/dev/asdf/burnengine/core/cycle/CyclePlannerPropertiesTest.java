package dev.asdf.burnengine.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties over many random snapshots (each case names its seed). */
class CyclePlannerPropertiesTest {
    private static final int CASES = 3_000;

    @Test
    @DisplayName("a plan never spends more fee money than the chain holds, nor more than the spend cap or any pending")
    void aPlanNeverOverspends() {
        for (int seed = 0; seed < CASES; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            Scenario s = Scenario.onAsdfProgram().maxSecondaries(r.nextInt(0, 6));
            List<Token> tokens = new ArrayList<>();
            if (r.nextBoolean()) {
                Token root = TestData.root(1_000, "R");
                s.token(root, r.nextLong(0, 3_000_000_000L));
            }
            int n = r.nextInt(0, 12);
            for (int i = 0; i < n; i++) {
                Token t = TestData.secondary(i, "S" + i);
                tokens.add(t);
                s.token(t, r.nextLong(0, 3_000_000_000L));
            }
            long funds = r.nextLong(0, 10_000_000_000L);
            long treasury = r.nextLong(0, 2_000_000_000L);
            long unattributed = r.nextLong(0, 50_000_000L);
            long cap = r.nextBoolean() ? Long.MAX_VALUE : r.nextLong(0, 5_000_000_000L);
            CycleSnapshot snapshot = s.funds(funds).treasury(treasury).unattributed(unattributed).spendCap(cap).snapshot();
            CyclePlan plan = new CyclePlanner().plan(snapshot);

            long feeMoney = 0;
            long total = 0;
            for (CycleStep step : plan.steps()) {
                total += step.allocation().value();
                long pending = snapshot.pendingOf(step.token().mint());
                if (step instanceof CycleStep.RootBuyback root) {
                    assertThat(root.fromTreasury().value()).as("seed %d", seed).isLessThanOrEqualTo(treasury);
                    assertThat(root.fromPending().value()).as("seed %d", seed).isLessThanOrEqualTo(pending);
                    assertThat(root.fromUnattributed().value()).as("seed %d", seed).isLessThanOrEqualTo(unattributed);
                    feeMoney += root.fromPending().value() + root.fromUnattributed().value();
                } else {
                    assertThat(step.allocation().value()).as("seed %d", seed).isLessThanOrEqualTo(pending)
                            .isGreaterThanOrEqualTo(snapshot.chain().split().minSecondaryAllocation().value());
                    feeMoney += step.allocation().value();
                }
            }
            assertThat(feeMoney).as("seed %d: fee money", seed).isLessThanOrEqualTo(funds);
            assertThat(total).as("seed %d: total", seed).isLessThanOrEqualTo(cap);
            assertThat(plan.steps().stream().filter(CycleStep::collects).count()).as("seed %d", seed)
                    .isEqualTo(plan.isEmpty() ? 0 : 1);
            assertThat(plan.decisions()).as("seed %d: every token has a decision", seed)
                    .hasSize(snapshot.tokens().size());
        }
    }
}

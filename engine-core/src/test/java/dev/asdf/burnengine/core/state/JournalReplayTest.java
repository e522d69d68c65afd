package dev.asdf.burnengine.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.deadletter.DeadLetterPolicy;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.FakeChain.Behaviour;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The live state always equals the journal replayed, from the start or from any snapshot. */
class JournalReplayTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final List<Token> SECONDARIES = List.of(TestData.secondary(1, "A"), TestData.secondary(2, "B"),
            TestData.secondary(3, "C"), TestData.secondary(4, "D"));
    private static final Behaviour[] BEHAVIOURS = Behaviour.values();

    @Test
    @DisplayName("replaying the whole journal into an empty state gives the live state, for random workloads")
    void replayFromScratchEqualsTheLiveState() {
        for (int seed = 0; seed < 60; seed++) {
            EngineHarness h = workload(seed);
            BurnEngine engine = h.engine();
            engine.saveSnapshot();
            EngineState live = h.store.load().orElseThrow();
            EngineModel replayed = EngineModel.restore(EngineState.initial("test-ecosystem"), DeadLetterPolicy.defaults(), 1000);
            h.journal.replayAfter(0, replayed::apply);
            assertThat(replayed.toState()).as("seed %d", seed).isEqualTo(live);
            assertThat(live.ledger().tokens().values()).allMatch(a -> a.isConserved());
        }
    }

    private static EngineHarness workload(int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        SECONDARIES.forEach(h.chain::withToken);
        BurnEngine engine = h.start();
        for (int round = 0; round < 8; round++) {
            for (int i = r.nextInt(0, 6); i > 0; i--) {
                Token t = r.nextInt(5) == 0 ? ROOT : SECONDARIES.get(r.nextInt(SECONDARIES.size()));
                h.chain.trade(t, r.nextLong(1, 300_000_000));
            }
            if (r.nextInt(4) == 0) {
                h.chain.donate(r.nextLong(1, 1_000_000));
            }
            for (Token t : SECONDARIES) {
                if (r.nextInt(4) == 0) {
                    h.chain.script(t, BEHAVIOURS[r.nextInt(BEHAVIOURS.length)]);
                }
            }
            engine.trackFees();
            if (r.nextInt(6) == 0) {
                engine.pause(SECONDARIES.get(r.nextInt(SECONDARIES.size())).mint(), "random", "test");
            }
            if (r.nextInt(6) == 0) {
                engine.resume(SECONDARIES.get(r.nextInt(SECONDARIES.size())).mint(), "test");
            }
            if (r.nextInt(3) == 0) {
                engine.saveSnapshot();
            }
            engine.runCycle();
            h.clock.advance(Duration.ofMinutes(r.nextInt(1, 40)));
            if (r.nextInt(5) == 0) {
                engine = h.crashAndRestart();
            }
        }
        return h;
    }
}
